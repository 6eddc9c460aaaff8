package org.vademecum.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.vademecum.diag.Diagnostics;

/**
 * Markdown to safe HTML: GitHub tables and footnotes, then a Jsoup allow-list so that raw HTML in Markdown
 * cannot bring scripts, event handlers, styles or {@code javascript:} URLs. {@link #check} reports, before
 * rendering, every author mistake the allow-list would otherwise hide (see {@link RawHtmlCheck}) and nesting
 * deeper than {@value NestingDepth#LIMIT} levels. Thread-safe; build one per site.
 */
public final class MarkdownRenderer {
    /** The base URL fragments are parsed against: the allow-list then sees every relative link as https. */
    static final String BASE = "https://site.invalid/";
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final FlexmarkToJsoup toJsoup;
    private final Safelist safelist;

    public MarkdownRenderer() {
        MutableDataSet options = options();
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
        toJsoup = new FlexmarkToJsoup(options);
        safelist = Safelist.relaxed()
                .addTags("abbr", "aside", "figure", "figcaption", "mark", "section", "hr", "details", "summary")
                .addAttributes(":all", "id", "class", "lang", "title")
                .addAttributes("th", "scope", "align")
                .addAttributes("td", "align")
                .addAttributes("a", "rel")
                .addProtocols("a", "href", "#", "http", "https", "mailto")
                .preserveRelativeLinks(true);
    }

    /** flexmark's options: GitHub tables and footnotes, no heading ids (added later, French-aware). */
    static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
        options.set(TablesExtension.CLASS_NAME, "");
        options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "↩");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        return options;
    }

    /**
     * Renders Markdown to an HTML fragment in which only allow-listed tags, attributes and URL schemes remain.
     * Text nested deeper than the limit (which {@link #check} reports) is not parsed, so that it cannot overflow
     * the stack: it comes out as one escaped paragraph.
     */
    public String render(String markdown) {
        return renderTree(markdown).html();
    }

    /**
     * As {@link #render}, as the parsed fragment: the children of the returned element (the body of its own
     * document, not pretty-printed) are the safe HTML, ready for further changes without parsing it again.
     */
    public Element renderTree(String markdown) {
        return renderTree(markdown, true, false);
    }

    /**
     * As {@link #renderTree}, for text that {@link #check} found not nested too deep, as every page body of content
     * that passed the build's first gate: the nesting is not scanned again (2 % of a build).
     */
    public Element renderCheckedTree(String markdown) {
        return renderTree(markdown, true, true);
    }

    /** As {@link #renderTree}, always through flexmark's HTML: the reference the direct conversion is tested on. */
    Element renderTreeViaHtml(String markdown) {
        return renderTree(markdown, false, false);
    }

    private Element renderTree(String markdown, boolean direct, boolean depthChecked) {
        Document dirty = parse(markdown, direct, depthChecked);
        // Without '<' in the text there is no raw HTML: flexmark's own markup is all allow-listed, and only a link
        // or image URL can be unsafe (javascript:, data:). Dropping those attributes in place gives what the
        // cleaner's copy would, at a fraction of its cost; any other text goes through the cleaner.
        Document clean = markdown.indexOf('<') < 0 && dropUnsafeAttributes(dirty.body()) ? dirty
                : new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body();
    }

    /**
     * The unsafe tree: without raw HTML, straight from flexmark's syntax tree when {@link FlexmarkToJsoup} supports
     * all of it (the same nodes, at a fraction of the cost of writing HTML and parsing it again).
     */
    private Document parse(String markdown, boolean direct, boolean depthChecked) {
        if (!depthChecked && NestingDepth.find(markdown).isPresent()) {
            return Jsoup.parseBodyFragment("<p>" + org.jsoup.nodes.Entities.escape(markdown) + "</p>", BASE);
        }
        Node document = parser.parse(markdown);
        if (direct && markdown.indexOf('<') < 0) {
            Document tree = Document.createShell(BASE);
            if (toJsoup.convert((com.vladsch.flexmark.util.ast.Document) document, tree.body())) return tree;
        }
        return Jsoup.parseBodyFragment(renderer.render(document), BASE);
    }

    /**
     * Reports to {@code diagnostics} every problem of {@code markdown} that rendering would hide: nesting deeper
     * than the limit (then nothing else is checked, so no parser sees it), and raw HTML that would lose text,
     * markup or attributes, or whose {@code id} is used twice, by a heading anchor or by the theme
     * ({@code reservedIds}). Never throws.
     */
    public void check(String markdown, MarkdownSource source, Set<String> reservedIds, Diagnostics diagnostics) {
        Optional<NestingDepth.TooDeep> deep = NestingDepth.find(markdown);
        if (deep.isPresent()) {
            NestingDepth.TooDeep d = deep.get();
            diagnostics.error(source.at(d.line(), d.column()), source.message(d.what() + " nested deeper than "
                    + NestingDepth.LIMIT + " levels"), "flatten the structure: split it into sections or "
                    + "shorter lists (the limit protects the build and the reader's browser)");
            return;
        }
        // Raw HTML (an inline tag, a block, an autolink) always starts with '<': without one there is nothing to
        // check, and the text need not be parsed twice (rendering parses it again).
        if (markdown.indexOf('<') < 0) return;
        Node document = parser.parse(markdown);
        new RawHtmlCheck(markdown, source, safelist, reservedIds, diagnostics).check(document, () -> renderer.render(document));
    }

    /** Renders a short Markdown text (a YAML field) and drops the wrapping paragraph when there is only one. */
    public String renderInline(String markdown) {
        String html = render(markdown).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    /**
     * Removes, in place, each attribute of the elements under {@code root} that the allow-list does not keep;
     * false (and nothing trusted) when an element itself is not allow-listed, which needs the cleaner.
     */
    private boolean dropUnsafeAttributes(Element root) {
        for (Element e : root.getAllElements()) {
            if (e == root) continue;
            if (!safelist.isSafeTag(e.normalName())) return false;
            List<String> unsafe = null;
            for (Attribute a : e.attributes()) {
                if (!safelist.isSafeAttribute(e.normalName(), e, a)) {
                    if (unsafe == null) unsafe = new java.util.ArrayList<>();
                    unsafe.add(a.getKey());
                }
            }
            if (unsafe != null) unsafe.forEach(e::removeAttr);
        }
        return true;
    }
}
