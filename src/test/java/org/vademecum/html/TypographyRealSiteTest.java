package org.vademecum.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.vademecum.browser.RealSite;

/**
 * The real guide, as built: no ordinary space (or line break) stands before {@code ; : ? ! »} or after {@code «}
 * in what a reader sees — page text outside code, tree data, search titles and snippets — and no straight
 * apostrophe between letters in page text.
 */
class TypographyRealSiteTest {
    /** A plain space before French high punctuation, or after an opening guillemet. */
    static final Pattern BAD_SPACE = Pattern.compile("[ \\t\\r\\n][;:?!»]|«[ \\t\\r\\n]");
    static final Pattern STRAIGHT_APOSTROPHE = Pattern.compile("\\p{L}'\\p{L}");

    private static List<String> find(Pattern p, String where, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(where + ": «" + text.substring(Math.max(0, m.start() - 25), Math.min(text.length(), m.end() + 10)) + "»");
        }
        return out;
    }

    @Test
    void pageTextHasNoOrdinarySpaceBeforeHighPunctuation() {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, byte[]> f : RealSite.files().entrySet()) {
            if (!f.getKey().endsWith(".html")) continue;
            pages++;
            Document doc = Jsoup.parse(new String(f.getValue(), StandardCharsets.UTF_8));
            for (List<TextNode> run : TypographyTransform.runs(doc)) {
                StringBuilder text = new StringBuilder();
                run.forEach(t -> text.append(t.getWholeText()));
                problems.addAll(find(BAD_SPACE, f.getKey(), text.toString()));
                problems.addAll(find(STRAIGHT_APOSTROPHE, f.getKey(), text.toString()));
            }
        }
        assertTrue(pages > 30, "the real guide has its pages: " + pages);
        assertEquals(List.of(), problems);
    }

    @Test
    void treeDataAndSearchResultsHaveNoOrdinarySpaceBeforeHighPunctuation() {
        List<String> problems = new ArrayList<>();
        int trees = 0;
        for (Map.Entry<String, byte[]> f : RealSite.files().entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            if (f.getKey().matches("arbres/[^/]+/tree\\.json")) {
                trees++;
                problems.addAll(find(BAD_SPACE, f.getKey(), text));
            } else if (f.getKey().matches("arbres/[^/]+/index\\.html")) {
                String data = Jsoup.parse(text).selectFirst("script#tree-data").data();
                problems.addAll(find(BAD_SPACE, f.getKey() + " #tree-data", data));
            }
        }
        assertTrue(trees >= 3, "the trees' data: " + trees);
        // The shown part of the search index: the document chunks (url, kind, title, context, badge, snippet).
        StringBuilder shown = new StringBuilder();
        for (Map.Entry<String, byte[]> f : RealSite.files().entrySet()) {
            if (!f.getKey().matches("search/[0-9a-f]+-d[0-9]+\\.json")) continue;
            String chunk = new String(f.getValue(), StandardCharsets.UTF_8);
            problems.addAll(find(BAD_SPACE, f.getKey(), chunk));
            problems.addAll(find(STRAIGHT_APOSTROPHE, f.getKey(), chunk));
            shown.append(chunk);
        }
        assertTrue(shown.toString().contains("\u202f?"), "search titles carry the narrow no-break space");
        assertEquals(List.of(), problems);
    }
}
