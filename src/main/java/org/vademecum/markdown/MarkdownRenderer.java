package org.vademecum.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown to safe HTML: GitHub tables and footnotes, then a Jsoup allow-list so that raw HTML in Markdown
 * cannot bring scripts, event handlers, styles or {@code javascript:} URLs. Thread-safe; build one per site.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
        options.set(TablesExtension.CLASS_NAME, "");
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↩");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
        safelist = Safelist.relaxed()
                .addTags("abbr", "aside", "figure", "figcaption", "mark", "section", "hr", "details", "summary")
                .addAttributes(":all", "id", "class", "lang", "title")
                .addAttributes("th", "scope", "align")
                .addAttributes("td", "align")
                .addAttributes("a", "rel")
                .addProtocols("a", "href", "#", "http", "https", "mailto")
                .preserveRelativeLinks(true);
    }

    /** Renders Markdown to an HTML fragment in which only allow-listed tags, attributes and URL schemes remain. */
    public String render(String markdown) {
        String html = renderer.render(parser.parse(markdown));
        return sanitize(html);
    }

    /** Renders a short Markdown text (a YAML field) and drops the wrapping paragraph when there is only one. */
    public String renderInline(String markdown) {
        String html = render(markdown).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    public String sanitize(String html) {
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "https://site.invalid/", safelist, out);
    }
}
