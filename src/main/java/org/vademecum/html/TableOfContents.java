package org.vademecum.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Fills the template's {@code <nav data-toc>} with the page's h2 headings (h3 nested); drops it when there are fewer than two. */
final class TableOfContents implements PageTransform {
    /** The "#" a heading anchor adds at the end of a heading's text. */
    private static final java.util.regex.Pattern TRAILING_ANCHOR = java.util.regex.Pattern.compile("#$");

    @Override
    public void apply(Document page, PageContext context) {
        Element nav = page.selectFirst("nav[data-toc]");
        if (nav == null) return;
        Element scope = page.selectFirst("[data-toc-scope]");
        if (scope == null) scope = page.selectFirst("main");
        var headings = scope.select("h2:not(.no-anchor), h3:not(.no-anchor)");
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
