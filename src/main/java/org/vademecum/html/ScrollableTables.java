package org.vademecum.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Wraps each table in a focusable region that scrolls sideways on a phone instead of widening the page. */
final class ScrollableTables implements PageTransform {
    @Override
    public void apply(Document page, PageContext context) {
        for (Element table : page.select("main table")) {
            if (table.parent() != null && table.parent().hasClass("table-scroll")) continue;
            Element caption = table.selectFirst("caption");
            String label = caption != null ? caption.text() : context.strings().get("table.label");
            table.wrap("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\"></div>");
            table.parent().attr("aria-label", label);
        }
    }
}
