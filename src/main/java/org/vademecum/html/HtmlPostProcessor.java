package org.vademecum.html;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.vademecum.model.SiteContent;
import org.vademecum.render.InterfaceStrings;
import org.vademecum.render.RenderedHtml;
import org.vademecum.typography.Typography;

/** Parses each rendered page once and runs the transforms over it, in a fixed order. */
public final class HtmlPostProcessor {
    private final List<PageTransform> transforms;
    private final InterfaceStrings strings;

    public HtmlPostProcessor(SiteContent content, InterfaceStrings strings) {
        this.strings = strings;
        this.transforms = List.of(
                new Callouts(),
                new HeadingAnchors(),
                new TableOfContents(),
                new Abbreviations(content.glossary()),
                new ScrollableTables(),
                new ExternalLinks(),
                // Last: it sees the text every other transform wrote (table of contents, abbreviations).
                new TypographyTransform(Typography.forLanguage(content.config().language())));
    }

    public RenderedPage process(RenderedHtml html) {
        Document doc = Jsoup.parse(html.html(), "");
        doc.outputSettings().prettyPrint(false).charset(java.nio.charset.StandardCharsets.UTF_8);
        PageTransform.PageContext context = new PageTransform.PageContext(html.url(), html.kind(), strings);
        for (PageTransform t : transforms) t.apply(doc, context);
        return new RenderedPage(html.route(), doc);
    }
}
