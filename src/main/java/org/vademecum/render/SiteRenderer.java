package org.vademecum.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.vademecum.diag.Diagnostics;
import org.vademecum.markdown.MarkdownRenderer;
import org.vademecum.markdown.PageLinks;
import org.vademecum.model.Page;
import org.vademecum.model.SiteContent;
import org.vademecum.render.Views.*;

/**
 * Renders every page of the site with the theme's templates: the Markdown pages and sections, then the pages
 * generated from data (recommendations, risk factors, sequences, glossary, bibliography, about, 404). Each page
 * kind has one template and one view; templates never see the content model. A collection page is rendered only
 * when its collection has items ({@link CollectionPage}).
 */
public final class SiteRenderer {
    private final SiteContent content;
    private final TemplateEngine templates;
    private final InterfaceStrings strings;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final ViewFactory views;
    private final SiteView site;
    private final ShortcodeExpander shortcodes;
    private final PageLinks pageLinks;
    // Computed once per render: looking them up per page made a 2,000-page section quadratic.
    private final Map<String, List<Page>> sectionPages;
    private final Map<Page, Integer> positions = new java.util.IdentityHashMap<>();
    private final Map<String, Page> sectionIndexes = new HashMap<>();

    /** A page that another stage (trees, search) contributes: its template and its model beyond the basics. */
    public record PageRoute(String url, String kind, String template, String title, String description,
                            List<Link> breadcrumbs, Map<String, Object> model) {}

    public SiteRenderer(SiteContent content, Theme theme, InterfaceStrings strings, Diagnostics diagnostics) {
        this.content = content;
        this.templates = new TemplateEngine(theme, diagnostics);
        this.strings = strings;
        this.views = new ViewFactory(content, strings, markdown);
        this.site = views.site();
        this.shortcodes = new ShortcodeExpander(content, views, templates, baseModel());
        this.sectionPages = pagesBySection(content.pages());
        this.pageLinks = new PageLinks(content.pages().stream().map(Page::path).toList());
        sectionPages.values().forEach(list -> {
            for (int i = 0; i < list.size(); i++) positions.put(list.get(i), i);
        });
        for (Page p : content.pages()) if (p.sectionIndex()) sectionIndexes.putIfAbsent(p.section(), p);
    }

    public ViewFactory views() {
        return views;
    }

    public InterfaceStrings strings() {
        return strings;
    }

    /**
     * Renders every page. Pages are independent, so they render in parallel; the result keeps a fixed order
     * (Markdown pages by URL, then generated pages, then {@code extraRoutes}), which keeps the output deterministic.
     */
    public List<RenderedHtml> renderAll(List<PageRoute> extraRoutes) {
        List<java.util.function.Supplier<java.util.Optional<RenderedHtml>>> tasks = new ArrayList<>();
        for (Page page : content.pages().stream().sorted(Comparator.comparing(Page::url)).toList()) {
            if (page.home()) tasks.add(() -> renderHome(page));
            else if (page.sectionIndex()) tasks.add(() -> renderSection(page));
            else tasks.add(() -> renderPage(page));
        }
        // Collection pages (issue 11): only for collections that have items.
        if (views.has(CollectionPage.RECOMMENDATIONS)) tasks.add(() -> generated(ViewFactory.RECOMMENDATIONS,
                "recommendations", "recommendations",
                Map.of("recommendations", views.recommendations(), "grades", views.grades(),
                        "gradeScaleTitle", views.gradeScaleTitle())));
        if (views.has(CollectionPage.RISK_FACTORS)) tasks.add(() -> generated(ViewFactory.RISK_FACTORS,
                "risk-factors", "riskFactors", Map.of("groups", views.riskFactorGroups())));
        if (views.has(CollectionPage.SEQUENCES)) tasks.add(() -> generated(ViewFactory.SEQUENCES, "sequences",
                "sequences", Map.of("sequences", views.sequences())));
        if (views.has(CollectionPage.GLOSSARY)) tasks.add(() -> generated(ViewFactory.GLOSSARY, "glossary",
                "glossary", Map.of("letters", views.glossaryByLetter())));
        if (views.has(CollectionPage.BIBLIOGRAPHY)) tasks.add(() -> generated(ViewFactory.BIBLIOGRAPHY,
                "bibliography", "bibliography", Map.of("references", views.references())));
        tasks.add(() -> generated(ViewFactory.ABOUT, "about", "about",
                Map.of("grades", views.grades(), "references", views.references(), "sourceNotes", views.sourceNotes())));
        tasks.add(() -> generated("/404.html", "not-found", "notFound", Map.of()));
        for (PageRoute route : extraRoutes) tasks.add(() -> renderRoute(route));
        return tasks.parallelStream().map(java.util.function.Supplier::get).flatMap(java.util.Optional::stream).toList();
    }

    private java.util.Optional<RenderedHtml> renderRoute(PageRoute route) {
        Map<String, Object> model = baseModel();
        model.putAll(route.model());
        model.put("meta", meta(route.title(), route.url(), route.description(), route.kind(), route.breadcrumbs()));
        return templates.render(route.template(), model, route.url())
                .map(html -> new RenderedHtml(route.url(), route.kind(), route.title(), html));
    }

    /** A page generated from data; its title and description are the strings {@code <key>.title} and {@code <key>.description}. */
    private java.util.Optional<RenderedHtml> generated(String url, String kind, String key, Map<String, Object> extra) {
        String title = strings.get(key + ".title");
        Map<String, Object> model = baseModel();
        model.putAll(extra);
        model.put("meta", meta(title, url, kind.equals("not-found") ? "" : strings.get(key + ".description"), kind, List.of()));
        return templates.render(kind + ".ftlh", model, url).map(html -> new RenderedHtml(url, kind, title, html));
    }

    private java.util.Optional<RenderedHtml> renderHome(Page page) {
        List<SectionView> sections = content.pages().stream().filter(Page::sectionIndex)
                .sorted(PAGE_ORDER).map(this::sectionView).toList();
        HomeView home = new HomeView(body(page), sections, views.allTrees(), views.homeTiles());
        Map<String, Object> model = baseModel();
        model.put("home", home);
        model.put("meta", meta(site.title(), "/", page.summary() == null ? site.description() : page.summary(), "home", List.of()));
        return templates.render("home.ftlh", model, "/").map(html -> new RenderedHtml("/", "home", site.title(), html));
    }

    private java.util.Optional<RenderedHtml> renderSection(Page page) {
        Map<String, Object> model = baseModel();
        model.put("section", sectionView(page));
        model.put("meta", meta(page.title(), page.url(), page.summary(), "section", breadcrumbs(page)));
        return templates.render("section.ftlh", model, page.url())
                .map(html -> new RenderedHtml(page.url(), "section", page.title(), html));
    }

    private java.util.Optional<RenderedHtml> renderPage(Page page) {
        List<Page> siblings = sectionPages(page.section());
        int i = positions.getOrDefault(page, -1);
        PageLink prev = i > 0 ? pageLink(siblings.get(i - 1)) : null;
        PageLink next = i >= 0 && i < siblings.size() - 1 ? pageLink(siblings.get(i + 1)) : null;
        ContentPageView view = new ContentPageView(page.title(), page.summary(), page.uncertain(), body(page),
                page.sources().stream().flatMap(r -> content.findReference(r.id()).stream()).map(views::reference).toList(),
                page.recommendations().stream().flatMap(r -> content.findRecommendation(r.id()).stream())
                        .map(views::recommendation).toList(),
                views.treeLinks(page.trees()), prev, next);
        Map<String, Object> model = baseModel();
        model.put("page", view);
        model.put("meta", meta(page.title(), page.url(), page.summary(), "page", breadcrumbs(page)));
        return templates.render("page.ftlh", model, page.url())
                .map(html -> new RenderedHtml(page.url(), "page", page.title(), html));
    }

    private SectionView sectionView(Page index) {
        List<PageLink> pages = sectionPages(index.section()).stream().map(this::pageLink).toList();
        return new SectionView(index.title(), index.url(), index.summary(), body(index), pages);
    }

    private List<Page> sectionPages(String section) {
        return sectionPages.getOrDefault(section, List.of());
    }

    /** Each section's pages (index and home excluded) in reading order; the sort is stable, as before. */
    private static Map<String, List<Page>> pagesBySection(List<Page> pages) {
        record Keyed(Page page, String key) {}
        Map<String, List<Keyed>> groups = new HashMap<>();
        for (Page p : pages) {
            if (p.sectionIndex() || p.home()) continue;
            groups.computeIfAbsent(p.section(), k -> new ArrayList<>()).add(new Keyed(p, ViewFactory.sortKey(p.title())));
        }
        Map<String, List<Page>> out = new HashMap<>();
        groups.forEach((section, list) -> out.put(section, list.stream()
                .sorted(Comparator.comparingInt((Keyed k) -> k.page().order()).thenComparing(Keyed::key))
                .map(Keyed::page).toList()));
        return out;
    }

    private PageLink pageLink(Page p) {
        return new PageLink(p.title(), p.url(), p.summary());
    }

    private List<Link> breadcrumbs(Page page) {
        List<Link> crumbs = new ArrayList<>();
        String dir = page.section();
        if (page.sectionIndex()) dir = dir.contains("/") ? dir.substring(0, dir.lastIndexOf('/')) : "";
        List<String> parts = dir.isEmpty() ? List.of() : List.of(dir.split("/"));
        for (int i = 1; i <= parts.size(); i++) {
            String path = String.join("/", parts.subList(0, i));
            Page index = sectionIndexes.get(path);
            if (index != null) crumbs.add(new Link(index.title(), index.url()));
        }
        return crumbs;
    }

    /** Markdown body to safe HTML, its relative links made site paths ({@link PageLinks}), with shortcuts expanded. */
    private String body(Page page) {
        String html = markdown.render(page.markdown());
        Document doc = Parser.htmlParser().parseInput("<div id=\"vdm-body\">" + html + "</div>", "");
        doc.outputSettings().prettyPrint(false);
        Element root = doc.getElementById("vdm-body");
        pageLinks.apply(root, page.path());
        shortcodes.expand(root, page.url());
        return root.html();
    }

    private Meta meta(String title, String url, String description, String kind, List<Link> breadcrumbs) {
        String section = url.equals("/") ? "/" : "/" + url.substring(1).split("/", 2)[0] + "/";
        String canonical = site.baseUrl() + url.substring(1);
        return new Meta(title, url, description == null ? "" : description, kind, breadcrumbs, section, canonical);
    }

    private Map<String, Object> baseModel() {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("t", strings.templateModel());
        return model;
    }

    private static final Comparator<Page> PAGE_ORDER = Comparator.comparingInt(Page::order)
            .thenComparing(p -> ViewFactory.sortKey(p.title()));
}
