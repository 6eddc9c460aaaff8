package org.vademecum.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Marks links to other hosts: no referrer or opener is leaked, and the reader sees that the link leaves the site. */
final class ExternalLinks implements PageTransform {
    @Override
    public void apply(Document page, PageContext context) {
        for (Element a : page.select("a[href^=http:], a[href^=https:]")) {
            a.attr("rel", "noopener noreferrer external");
            a.addClass("external");
        }
    }
}
