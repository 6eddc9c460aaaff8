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
import org.vademecum.model.Page;
import org.vademecum.model.SiteContent;
import org.vademecum.render.Views.*;

/**
 * Renders every page of the site with the theme's templates: the Markdown pages and sections, then the pages
 * generated from data (recommendations, risk factors, sequences, glossary, bibliography, about, 404). Each page
 * kind has one template and one view; templates never see the content model.
 */
public final class SiteRenderer {
    private final SiteContent content;
    private final TemplateEngine templates;
    private final InterfaceStrings strings;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final ViewFactory views;
    private final SiteView site;
    private final ShortcodeExpander shortcodes;
    private final List<PageRoute> extraRoutes;

    /** A page that another stage (trees, search) contributes: its template and its model beyond the basics. */
    public record PageRoute(String url, String kind, String template, String title, String description,
                            List<Link> breadcrumbs, Map<String, Object> model) {}

    public SiteRenderer(SiteContent content, Theme theme, Diagnostics diagnostics, List<PageRoute> extraRoutes) {
        this.content = content;
        this.templates = new TemplateEngine(theme, diagnostics);
        this.strings = InterfaceStrings.load(theme, content.config().language(), diagnostics);
        this.views = new ViewFactory(content, strings, markdown);
        this.site = views.site();
        this.shortcodes = new ShortcodeExpander(content, views, templates, baseModel());
        this.extraRoutes = List.copyOf(extraRoutes);
    }

    public ViewFactory views() {
        return views;
    }

    public InterfaceStrings strings() {
        return strings;
    }

    public List<RenderedHtml> renderAll() {
        List<RenderedHtml> out = new ArrayList<>();
        List<Page> pages = content.pages().stream().sorted(Comparator.comparing(Page::url)).toList();
        for (Page page : pages) {
            if (page.home()) renderHome(page, out);
            else if (page.sectionIndex()) renderSection(page, out);
            else renderPage(page, out);
        }
        String t;
        generated(out, ViewFactory.RECOMMENDATIONS, "recommendations", strings.get("recommendations.title"),
                strings.get("recommendations.description"), Map.of("recommendations", views.recommendations(), "grades", views.grades()));
        generated(out, ViewFactory.RISK_FACTORS, "risk-factors", strings.get("riskFactors.title"),
                strings.get("riskFactors.description"), Map.of("groups", views.riskFactorGroups()));
        generated(out, ViewFactory.SEQUENCES, "sequences", strings.get("sequences.title"),
                strings.get("sequences.description"), Map.of("sequences", views.sequences()));
        generated(out, ViewFactory.GLOSSARY, "glossary", strings.get("glossary.title"),
                strings.get("glossary.description"), Map.of("letters", views.glossaryByLetter()));
        generated(out, ViewFactory.BIBLIOGRAPHY, "bibliography", strings.get("bibliography.title"),
                strings.get("bibliography.description"), Map.of("references", views.references()));
        generated(out, ViewFactory.ABOUT, "about", strings.get("about.title"), strings.get("about.description"),
                Map.of("grades", views.grades(), "references", views.references()));
        generated(out, "/404.html", "not-found", strings.get("notFound.title"), "", Map.of());
        for (PageRoute route : extraRoutes) {
            Map<String, Object> model = baseModel();
            model.putAll(route.model());
            model.put("meta", meta(route.title(), route.url(), route.description(), route.kind(), route.breadcrumbs()));
            templates.render(route.template(), model, route.url())
                    .ifPresent(html -> out.add(new RenderedHtml(route.url(), route.kind(), route.title(), html)));
        }
        return out;
    }

    private void generated(List<RenderedHtml> out, String url, String kind, String title, String description,
                           Map<String, Object> extra) {
        Map<String, Object> model = baseModel();
        model.putAll(extra);
        model.put("meta", meta(title, url, description, kind, List.of()));
        templates.render(kind + ".ftlh", model, url).ifPresent(html -> out.add(new RenderedHtml(url, kind, title, html)));
    }

    private void renderHome(Page page, List<RenderedHtml> out) {
        List<SectionView> sections = content.pages().stream().filter(Page::sectionIndex)
                .sorted(PAGE_ORDER).map(this::sectionView).toList();
        HomeView home = new HomeView(body(page), sections, views.allTrees());
        Map<String, Object> model = baseModel();
        model.put("home", home);
        model.put("meta", meta(site.title(), "/", page.summary() == null ? site.description() : page.summary(), "home", List.of()));
        templates.render("home.ftlh", model, "/").ifPresent(html -> out.add(new RenderedHtml("/", "home", site.title(), html)));
    }

    private void renderSection(Page page, List<RenderedHtml> out) {
        Map<String, Object> model = baseModel();
        model.put("section", sectionView(page));
        model.put("meta", meta(page.title(), page.url(), page.summary(), "section", breadcrumbs(page)));
        templates.render("section.ftlh", model, page.url())
                .ifPresent(html -> out.add(new RenderedHtml(page.url(), "section", page.title(), html)));
    }

    private void renderPage(Page page, List<RenderedHtml> out) {
        List<Page> siblings = sectionPages(page.section());
        int i = siblings.indexOf(page);
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
        templates.render("page.ftlh", model, page.url())
                .ifPresent(html -> out.add(new RenderedHtml(page.url(), "page", page.title(), html)));
    }

    private SectionView sectionView(Page index) {
        List<PageLink> pages = sectionPages(index.section()).stream().map(this::pageLink).toList();
        return new SectionView(index.title(), index.url(), index.summary(), body(index), pages);
    }

    private List<Page> sectionPages(String section) {
        return content.pages().stream().filter(p -> !p.sectionIndex() && !p.home() && p.section().equals(section))
                .sorted(PAGE_ORDER).toList();
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
            content.pages().stream().filter(p -> p.sectionIndex() && p.section().equals(path)).findFirst()
                    .ifPresent(p -> crumbs.add(new Link(p.title(), p.url())));
        }
        return crumbs;
    }

    /** Markdown body to safe HTML with shortcuts expanded. */
    private String body(Page page) {
        String html = markdown.render(page.markdown());
        Document doc = Parser.htmlParser().parseInput("<div id=\"vdm-body\">" + html + "</div>", "");
        doc.outputSettings().prettyPrint(false);
        Element root = doc.getElementById("vdm-body");
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
        model.put("t", strings.values());
        return model;
    }

    private static final Comparator<Page> PAGE_ORDER = Comparator.comparingInt(Page::order)
            .thenComparing(p -> ViewFactory.sortKey(p.title()));
}
