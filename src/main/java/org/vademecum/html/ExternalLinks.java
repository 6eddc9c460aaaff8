package org.vademecum.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Marks links to other hosts: no referrer or opener is leaked, and the reader sees that the link leaves the site. */
final class ExternalLinks implements PageTransform {
    @Override
    public void apply(Document page, PageContext context) {
        for (Element a : page.getElementsByTag("a")) {
            String href = a.attr("href");
            if (!href.regionMatches(true, 0, "http:", 0, 5) && !href.regionMatches(true, 0, "https:", 0, 6)) continue;
            a.attr("rel", "noopener noreferrer external");
            a.addClass("external");
        }
    }
}
