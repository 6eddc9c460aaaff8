package org.vademecum.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Fills the template's {@code <nav data-toc>} with the page's h2 headings (h3 nested); drops it when there are fewer than two. */
final class TableOfContents implements PageTransform {
    // Parsed once: select(String) parses its query at every call.
    private static final Evaluator TOC_NAV = QueryParser.parse("nav[data-toc]");
    private static final Evaluator TOC_SCOPE = QueryParser.parse("[data-toc-scope]");
    private static final Evaluator MAIN = QueryParser.parse("main");
    private static final Evaluator LISTED_HEADINGS = QueryParser.parse("h2:not(.no-anchor), h3:not(.no-anchor)");

    /** The "#" a heading anchor adds at the end of a heading's text. */
    private static final java.util.regex.Pattern TRAILING_ANCHOR = java.util.regex.Pattern.compile("#$");

    @Override
    public void apply(Document page, PageContext context) {
        Element nav = page.selectFirst(TOC_NAV);
        if (nav == null) return;
        Element scope = page.selectFirst(TOC_SCOPE);
        if (scope == null) scope = page.selectFirst(MAIN);
        var headings = scope.select(LISTED_HEADINGS);
        if (headings.stream().filter(h -> h.tagName().equals("h2")).count() < 2) {
            nav.remove();
            return;
        }
        Element list = nav.appendElement("ol");
        Element currentSub = null;
        Element lastItem = null;
        for (Element h : headings) {
            String text = h.ownText().isBlank() ? TRAILING_ANCHOR.matcher(h.text()).replaceAll("").strip() : h.ownText().strip();
            if (h.tagName().equals("h2") || lastItem == null) {
                lastItem = list.appendElement("li");
                lastItem.appendElement("a").attr("href", "#" + h.id()).text(text);
                currentSub = null;
            } else {
                if (currentSub == null) currentSub = lastItem.appendElement("ol");
                currentSub.appendElement("li").appendElement("a").attr("href", "#" + h.id()).text(text);
            }
        }
        nav.removeAttr("data-toc");
    }
}
