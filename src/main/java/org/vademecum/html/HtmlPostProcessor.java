package org.vademecum.html;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.vademecum.model.SiteContent;
import org.vademecum.render.InterfaceStrings;
import org.vademecum.render.PageBodies;
import org.vademecum.render.RenderedHtml;
import org.vademecum.typography.Typography;

/**
 * Parses each rendered page once, splices the page bodies into it ({@link PageBodies}) and runs the transforms over
 * it, in a fixed order.
 */
public final class HtmlPostProcessor {
    private final List<PageTransform> transforms;
    private final InterfaceStrings strings;
    private final PageBodies bodies;

    public HtmlPostProcessor(SiteContent content, InterfaceStrings strings, PageBodies bodies) {
        this.strings = strings;
        this.bodies = bodies;
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
        bodies.splice(doc);
        PageTransform.PageContext context = new PageTransform.PageContext(html.url(), html.kind(), strings);
        for (PageTransform t : transforms) t.apply(doc, context);
        return new RenderedPage(html.route(), doc);
    }
}
