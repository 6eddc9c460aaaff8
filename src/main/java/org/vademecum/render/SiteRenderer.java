package org.vademecum.render;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.vademecum.diag.Diagnostics;
import org.vademecum.markdown.MarkdownRenderer;
import org.vademecum.markdown.PageLinks;
import org.vademecum.model.Page;
import org.vademecum.model.Shortcode;
import org.vademecum.model.SiteContent;
import org.vademecum.render.Views.*;

/**
 * Renders the site's routes ({@link Route}) with the theme's templates: each template receives the layout's
 * {@code site}, {@code meta} and strings {@code t}, and the components of its route's {@link PageView}. Templates
 * never see the content model. Also renders Markdown bodies for the route sources ({@link #context}).
 */
public final class SiteRenderer {
    private final TemplateEngine templates;
    private final InterfaceStrings strings;
    private final MarkdownRenderer markdown;
    private final ViewFactory views;
    private final SiteView site;
    private final ShortcodeExpander shortcodes;
    private final PageLinks pageLinks;
    private final SiteContent content;
    /** Which version of the content this renderer is for: 0 for a build, one more for each of serve's updates. */
    private final int generation;
    private final PageBodies bodies;

    public SiteRenderer(SiteContent content, Theme theme, InterfaceStrings strings, Diagnostics diagnostics) {
        this(content, new TemplateEngine(theme, diagnostics), strings, new MarkdownRenderer(), 0, Map.of());
    }

    private SiteRenderer(SiteContent content, TemplateEngine templates, InterfaceStrings strings, MarkdownRenderer markdown,
                         int generation, Map<Page, String> keptKeys) {
        this(content, templates, strings, markdown, new ViewFactory(content, strings, markdown), generation, keptKeys);
    }

    /**
     * {@code views}: those of {@code content}; {@code keptKeys}: the body keys of the pages whose bodies are those of
     * the last version (see withContent).
     */
    private SiteRenderer(SiteContent content, TemplateEngine templates, InterfaceStrings strings, MarkdownRenderer markdown,
                         ViewFactory views, int generation, Map<Page, String> keptKeys) {
        this.content = content;
        this.templates = templates;
        this.strings = strings;
        this.markdown = markdown;
        this.generation = generation;
        this.views = views;
        this.site = views.site();
        this.shortcodes = new ShortcodeExpander(content, views, templates, baseModel());
        this.pageLinks = new PageLinks(content.pages().stream().map(Page::path).toList());
        Map<Page, String> keys = new HashMap<>(PageBodies.freshKeys(content.pages(), generation));
        keptKeys.forEach((page, key) -> keys.computeIfPresent(page, (p, fresh) -> key));
        this.bodies = new PageBodies(keys, this::renderBody);
    }

    /**
     * A renderer for {@code edited}, a version of this content whose pages were edited (same theme and strings),
     * reporting to {@code diagnostics}: it keeps the parsed templates, and the body markers of the pages whose
     * bodies are unchanged, so that only the routes that show an edited body differ from the last build's. A body's
     * relative links depend on the set of page files: when it differs, every body gets a new marker. All else a body
     * shows of other pages is, in its cards, the page that explains each recommendation ({@link
     * ViewFactory#explainingPages}): when that changes, the bodies with cards get new markers.
     */
    public SiteRenderer withContent(SiteContent edited, Diagnostics diagnostics) {
        boolean samePages = content.pages().stream().map(Page::path).toList()
                .equals(edited.pages().stream().map(Page::path).toList());
        ViewFactory editedViews = new ViewFactory(edited, strings, markdown);
        Map<Page, String> kept = new HashMap<>();
        if (samePages) {
            boolean sameCards = views.explainingPages().equals(editedViews.explainingPages());
            bodies.keys().forEach((page, key) -> {
                if (sameCards || !showsCards(page)) kept.put(page, key);
            });
        }
        return new SiteRenderer(edited, templates.reportingTo(diagnostics), strings, markdown, editedViews, generation + 1,
                kept);
    }

    /** Whether {@code page}'s body embeds a card that shows a recommendation (a sequence or risk factors may). */
    private static boolean showsCards(Page page) {
        return page.shortcodes().found().stream().map(placed -> placed.code().kind()).anyMatch(kind ->
                kind == Shortcode.Kind.RECOMMENDATION || kind == Shortcode.Kind.SEQUENCE || kind == Shortcode.Kind.RISK_FACTORS);
    }

    /** The page bodies, which the post-processor splices into the pages whose templates show them. */
    public PageBodies bodies() {
        return bodies;
    }

    public ViewFactory views() {
        return views;
    }

    public InterfaceStrings strings() {
        return strings;
    }

    /** What the route sources build their views from. */
    public RouteContext context() {
        return new RouteContext(content, views, this::body);
    }

    /**
     * Renders {@code route} with its template; empty when the template failed, which is reported to the
     * diagnostics. Thread-safe: pages are rendered in parallel.
     */
    public Optional<RenderedHtml> render(Route route) {
        Map<String, Object> model = baseModel();
        for (RecordComponent c : route.view().getClass().getRecordComponents()) {
            try {
                model.put(c.getName(), c.getAccessor().invoke(route.view()));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("view " + route.view().getClass().getName() + " is not readable", e);
            }
        }
        model.put("meta", meta(route));
        return templates.render(route.template(), model, route.url()).map(html -> new RenderedHtml(route, html));
    }

    /** What a template shows as {@code page}'s body: its marker, replaced by the body at post-processing. */
    private String body(Page page) {
        return bodies.marker(page);
    }

    /**
     * Markdown body to safe HTML, its relative links made site paths ({@link PageLinks}), with shortcuts expanded:
     * the children of the returned element.
     */
    private Element renderBody(Page page) {
        // The content passed gate 1 (SitePipeline.load, PageEdits), which checks every body's nesting.
        Element root = markdown.renderCheckedTree(page.markdown());
        pageLinks.apply(root, page.path());
        shortcodes.expand(root, page.url());
        PageBodies.mergeAdjacentText(root);
        return root;
    }

    private Meta meta(Route route) {
        String url = route.url();
        return new Meta(route.title(), url, route.description(), route.kind(), route.breadcrumbs(),
                route.path().section().value(), route.path().absolute(site.baseUrl()),
                route.indexing() != Route.Indexing.NOINDEX);
    }

    private Map<String, Object> baseModel() {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("t", strings.templateModel());
        return model;
    }
}
