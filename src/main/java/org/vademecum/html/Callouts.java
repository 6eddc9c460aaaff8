package org.vademecum.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** Turns a Markdown {@code > [!incertain] …} (or {@code [!uncertain]}) quote into a labelled "uncertain reading" box. */
final class Callouts implements PageTransform {
    // Parsed once: select(String) parses its query at every call.
    private static final Evaluator QUOTES = QueryParser.parse("main blockquote");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");

    private static final java.util.List<String> MARKS = java.util.List.of("[!incertain]", "[!uncertain]");

    @Override
    public void apply(Document page, PageContext context) {
        for (Element quote : page.select(QUOTES)) {
            Element first = quote.selectFirst(PARAGRAPH);
            if (first == null || first.childNodeSize() == 0 || !(first.childNode(0) instanceof TextNode t)) continue;
            String text = t.text().stripLeading();
            String mark = MARKS.stream().filter(text::startsWith).findFirst().orElse(null);
            if (mark == null) continue;
            t.text(text.substring(mark.length()).stripLeading());
            Element box = new Element("aside").addClass("callout").addClass("callout-uncertain").attr("role", "note");
            box.appendElement("p").addClass("callout-title").text(context.strings().get("uncertain.title"));
            box.appendChildren(quote.childNodesCopy());
            quote.replaceWith(box);
        }
    }
}
