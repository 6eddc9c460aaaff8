package org.vademecum.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vademecum.output.OutputFile;
import org.vademecum.testing.Fixtures;

/** Builds the real osteoporosis guide in content/: it must build clean, say what the seed says, and stay self-contained. */
class RealContentTest {
    static BuiltSite site;

    @BeforeAll
    static void build() {
        // A broken link or anchor would throw here, with every error listed.
        site = SitePipeline.build(BuildOptions.of(Fixtures.repo()));
    }

    static List<Document> pages() {
        List<Document> docs = new ArrayList<>();
        for (OutputFile f : site.files()) {
            if (f.path().endsWith(".html")) docs.add(Jsoup.parse(new String(f.bytes(), StandardCharsets.UTF_8)));
        }
        return docs;
    }

    @Test
    void buildingTwiceGivesIdenticalFiles() {
        BuiltSite again = SitePipeline.build(BuildOptions.of(Fixtures.repo()));
        assertEquals(site.files().stream().map(OutputFile::path).toList(), again.files().stream().map(OutputFile::path).toList());
        for (int i = 0; i < site.files().size(); i++) {
            assertArrayEquals(site.files().get(i).bytes(), again.files().get(i).bytes(), site.files().get(i).path());
        }
    }

    @Test
    void everyFactOfTheSeedIsStated() throws IOException {
        StringBuilder text = new StringBuilder();
        for (Document d : pages()) text.append(fold(d.body().text())).append('\n');
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(Fixtures.repo().resolve("src/test/resources/seed-facts.txt"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (text.indexOf(fold(line)) < 0) missing.add(line);
        }
        assertEquals(List.of(), missing, "facts of the seed not found on any page");
    }

    @Test
    void noPageLoadsAnythingFromAnotherHostOrRunsInlineScript() {
        for (Document d : pages()) {
            String where = d.title();
            for (Element e : d.select("script[src], link[href], img[src], iframe, object, embed, source[src]")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                boolean navigational = e.tagName().equals("link") && List.of("canonical", "search").contains(e.attr("rel"));
                assertTrue(navigational || !url.matches("^(https?:)?//.*"), where + " loads " + url);
            }
            for (Element s : d.select("script")) {
                assertTrue(s.hasAttr("src") || s.attr("type").equals("application/json"), where + " has an inline script");
            }
            assertTrue(d.select("[style]").isEmpty(), where + " has an inline style attribute");
            assertTrue(d.select("*").stream().noneMatch(e -> e.attributes().asList().stream().anyMatch(a -> a.getKey().startsWith("on"))),
                    where + " has an event handler attribute");
            Element csp = d.selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertTrue(csp != null && !csp.attr("content").contains("unsafe-inline"), where + " lacks a strict CSP");
        }
    }

    @Test
    void everyRecommendationShowsItsGradeAsText() {
        Document recs = pages().stream().filter(d -> d.select("article.rec-card[id]").size() > 0).findFirst().orElseThrow();
        assertEquals("Grade A", recs.selectFirst("#zoledronate-fracture-esf .grade-badge").text());
        assertEquals("Accord professionnel", recs.selectFirst("#injectables-t-score-bas .grade-badge").text());
        assertEquals("Grade B", recs.selectFirst("#sequence-teriparatide-antiresorbeur .grade-badge").text());
        for (Element card : recs.select("article.rec-card[id]")) {
            assertTrue(card.selectFirst(".grade-meaning") != null, card.id() + " has no grade meaning");
        }
    }

    static String fold(String s) {
        // Spacing is typography, not content: no-break spaces are spaces, and a digit group separator ("1 000",
        // "1000") is nothing, in the facts and in the pages alike.
        return s.replaceAll("(?<=\\d)[ \u00a0\u202f](?=\\d{3}(?!\\d))", "").replace('\u00a0', ' ').replace('\u202f', ' ').replace('’', '\'').replace('−', '-').replace('–', '-')
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
