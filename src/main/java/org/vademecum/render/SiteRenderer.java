package org.vademecum.render;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;
import org.vademecum.diag.Diagnostics;
import org.vademecum.markdown.MarkdownRenderer;
import org.vademecum.markdown.PageLinks;
import org.vademecum.model.Page;
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
    /** Each page's body, rendered once; a page record is its own key, so an edited page misses. */
    private final Map<Page, String> bodies = new ConcurrentHashMap<>();

    public SiteRenderer(SiteContent content, Theme theme, InterfaceStrings strings, Diagnostics diagnostics) {
        this(content, new TemplateEngine(theme, diagnostics), strings, new MarkdownRenderer());
    }

    private SiteRenderer(SiteContent content, TemplateEngine templates, InterfaceStrings strings, MarkdownRenderer markdown) {
        this.content = content;
        this.templates = templates;
        this.strings = strings;
        this.markdown = markdown;
        this.views = new ViewFactory(content, strings, markdown);
        this.site = views.site();
        this.shortcodes = new ShortcodeExpander(content, views, templates, baseModel());
        this.pageLinks = new PageLinks(content.pages().stream().map(Page::path).toList());
    }

    /**
     * A renderer for {@code edited}, a version of this content whose pages were edited (same theme and strings),
     * reporting to {@code diagnostics}: it keeps the parsed templates and the bodies of the unchanged pages. All a
     * body shows of other pages is the page that explains each recommendation card ({@link
     * ViewFactory#explainingPages}), and its relative links depend on the set of page files: when either differs,
     * every body is rendered again.
     */
    public SiteRenderer withContent(SiteContent edited, Diagnostics diagnostics) {
        SiteRenderer next = new SiteRenderer(edited, templates.reportingTo(diagnostics), strings, markdown);
        boolean samePages = content.pages().stream().map(Page::path).toList()
                .equals(edited.pages().stream().map(Page::path).toList());
        if (samePages && views.explainingPages().equals(next.views.explainingPages())) {
            for (Page p : edited.pages()) {
                String body = bodies.get(p);
                if (body != null) next.bodies.put(p, body);
            }
        }
        return next;
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
     * Renders every route. Pages are independent, so they render in parallel; the result keeps the routes' order,
     * which keeps the output deterministic. A template error is reported to the diagnostics and its page skipped.
     */
    public List<RenderedHtml> renderAll(List<Route> routes) {
        return routes.parallelStream().map(this::render).flatMap(Optional::stream).toList();
    }

    private Optional<RenderedHtml> render(Route route) {
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

    /** Markdown body to safe HTML, its relative links made site paths ({@link PageLinks}), with shortcuts expanded. */
    private String body(Page page) {
        String body = bodies.get(page);
        if (body == null) {
            body = renderBody(page);
            bodies.put(page, body);
        }
        return body;
    }

    private String renderBody(Page page) {
        Element root = markdown.renderTree(page.markdown());
        pageLinks.apply(root, page.path());
        shortcodes.expand(root, page.url());
        return root.html();
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
