package org.vademecum.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Wraps each table in a focusable region that scrolls sideways on a phone instead of widening the page. */
final class ScrollableTables implements PageTransform {
    // Parsed once: select(String) parses its query at every call.
    private static final Evaluator TABLES = QueryParser.parse("main table");
    private static final Evaluator CAPTION = QueryParser.parse("caption");

    @Override
    public void apply(Document page, PageContext context) {
        for (Element table : page.select(TABLES)) {
            if (table.parent() != null && table.parent().hasClass("table-scroll")) continue;
            Element caption = table.selectFirst(CAPTION);
            String label = caption != null ? caption.text() : context.strings().get("table.label");
            table.wrap("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\"></div>");
            table.parent().attr("aria-label", label);
        }
    }
}
