package org.vademecum.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.vademecum.typography.Typography;

/**
 * Applies the site language's {@link Typography} to every text node of the page, head included ({@code <title>}).
 * Attributes are left alone (screen readers and tooltips gain nothing from no-break spaces, and URLs live there).
 * Skipped with everything inside: {@code code pre kbd samp script style textarea template svg math}, and any element
 * with {@code translate="no"} or class {@code notypo}. Text nodes between two block boundaries form a run, so that a
 * rule sees the character just before and just after a node ({@code l'<abbr>DMO</abbr>}, {@code <em>mot</em> ?}).
 */
final class TypographyTransform implements PageTransform {
    private static final Set<String> SKIPPED = Set.of(
            "code", "pre", "kbd", "samp", "script", "style", "textarea", "template", "svg", "math");
    private final Typography typography;

    TypographyTransform(Typography typography) {
        this.typography = typography;
    }

    @Override
    public void apply(Document page, PageContext context) {
        if (typography == Typography.NONE) return;
        for (List<TextNode> run : runs(page)) {
            char before = 0;
            for (int i = 0; i < run.size(); i++) {
                TextNode node = run.get(i);
                String text = node.getWholeText();
                char after = i + 1 < run.size() ? firstChar(run.get(i + 1).getWholeText()) : 0;
                String out = typography.apply(text, before, after);
                // A space a rule put before the punctuation that opens the next node goes into that node, out of
                // this element (an underlined link, a citation): the next node adds it again, seeing this one's end.
                if (";:!?»".indexOf(after) >= 0 && !out.isEmpty() && isNoBreakSpace(out.charAt(out.length() - 1))
                        && !text.endsWith(out.substring(out.length() - 1))) {
                    out = out.substring(0, out.length() - 1);
                }
                if (!out.equals(text)) node.text(out);
                if (!out.isEmpty()) before = out.charAt(out.length() - 1);
            }
        }
    }

    static boolean skipped(Element el) {
        return SKIPPED.contains(el.normalName()) || "no".equals(el.attr("translate")) || el.hasClass("notypo");
    }

    /** Text nodes in document order, cut at block boundaries, line breaks and skipped elements. */
    static List<List<TextNode>> runs(Document page) {
        List<List<TextNode>> runs = new ArrayList<>();
        List<List<TextNode>> current = new ArrayList<>(List.of(new ArrayList<>()));
        Runnable cut = () -> {
            List<TextNode> run = current.get(0);
            if (!run.isEmpty()) runs.add(run);
            current.set(0, new ArrayList<>());
        };
        page.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.get(0).add(t);
                } else if (node instanceof Element el) {
                    if (skipped(el)) {
                        cut.run();
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el.isBlock() || el.normalName().equals("br")) cut.run();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && (el.isBlock() || skipped(el))) cut.run();
                return FilterResult.CONTINUE;
            }
        });
        cut.run();
        return runs;
    }

    private static boolean isNoBreakSpace(char c) {
        return c == '\u00a0' || c == '\u202f';
    }

    private static char firstChar(String text) {
        return text.isEmpty() ? 0 : text.charAt(0);
    }
}
