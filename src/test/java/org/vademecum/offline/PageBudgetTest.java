package org.vademecum.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vademecum.browser.RealSite;

/**
 * Budgets on the real site (issue 5): every page's first load is at most 30 KB gzip of HTML + CSS + JavaScript,
 * no web font, nothing loaded from another host. {@code bench/budget/run.sh} prints the figures.
 */
class PageBudgetTest {
    @Test
    void everyPageLoadsAtMost30KbGzipOfHtmlCssAndJavaScript() {
        List<PageBudget.PageWeight> weights = PageBudget.measure(RealSite.files());
        assertTrue(weights.size() > 20, "the real site has its pages");
        List<String> over = weights.stream().filter(w -> w.total() > PageBudget.LIMIT)
                .map(w -> w.page() + ": " + w.total() + " bytes (HTML " + w.htmlGzip() + ", " + w.resources() + ")").toList();
        assertEquals(List.of(), over, "pages over " + PageBudget.LIMIT + " bytes gzip");
    }

    @Test
    void noWebFonts() {
        assertEquals(List.of(), PageBudget.webFonts(RealSite.files()));
    }

    @Test
    void nothingIsLoadedFromAnotherHost() {
        assertEquals(List.of(), PageBudget.otherHosts(RealSite.files()));
    }

    @Test
    void theChecksSeeWhatTheyLookFor() {
        Map<String, byte[]> bad = Map.of(
                "index.html", ("<html><head><link rel=stylesheet href=\"https://cdn.example/x.css\">"
                        + "<link rel=stylesheet href=\"a.css\"><script src=\"b.js\"></script></head>"
                        + "<body><img src=\"//cdn.example/i.png\"></body></html>").getBytes(),
                "a.css", "@font-face { src: url(https://fonts.example/f.woff2) }".getBytes(),
                "b.js", "x".repeat(50_000).getBytes(),
                "f.woff2", new byte[] {1});
        assertEquals(3, PageBudget.otherHosts(bad).size(), PageBudget.otherHosts(bad).toString());
        assertEquals(2, PageBudget.webFonts(bad).size());
        PageBudget.PageWeight w = PageBudget.measure(bad).get(0);
        assertEquals(List.of("a.css", "b.js"), List.copyOf(w.resources().keySet()));
        assertEquals("assets/site.css", PageBudget.resolve("a/b/index.html", "../../assets/site.css"));
        assertEquals("assets/site.css", PageBudget.resolve("index.html", "assets/site.css"));
    }
}
