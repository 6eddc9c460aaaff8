package org.vademecum.html;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.vademecum.markdown.Slugs;

/** Gives every heading in {@code <main>} a stable id and a visible "link to this section" anchor. */
final class HeadingAnchors implements PageTransform {
    // Parsed once: select(String) parses its query at every call.
    private static final Evaluator MAIN = QueryParser.parse("main");
    private static final Evaluator HEADINGS = QueryParser.parse("h2, h3, h4");

    @Override
    public void apply(Document page, PageContext context) {
        Element main = page.selectFirst(MAIN);
        if (main == null) return;
        Set<String> used = new HashSet<>();
        for (Element e : page.getAllElements()) if (e.hasAttr("id")) used.add(e.id());
        for (Element h : main.select(HEADINGS)) {
            if (h.hasClass("no-anchor")) continue;
            if (h.id().isEmpty()) {
                String base = Slugs.slug(h.text());
                String id = base;
                for (int n = 2; used.contains(id); n++) id = base + "-" + n;
                used.add(id);
                h.id(id);
            }
            h.appendElement("a").addClass("heading-anchor").attr("href", "#" + h.id())
                    .attr("aria-label", context.strings().get("anchor.label") + " : " + h.text())
                    .text("#");
        }
    }
}
