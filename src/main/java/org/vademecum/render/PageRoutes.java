package org.vademecum.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.vademecum.model.Page;
import org.vademecum.model.SiteContent;
import org.vademecum.model.SitePath;
import org.vademecum.render.Views.*;

/**
 * The Markdown pages' routes, in URL order: the home page ({@code home.ftlh}), each section's index
 * ({@code section.ftlh}, listing its pages) and every other page ({@code page.ftlh}, with the previous and next
 * page of its section, in reading order).
 */
public final class PageRoutes implements RouteSource {

    @Override
    public List<Route> routes(RouteContext context) {
        return new Builder(context).routes();
    }

    private static final class Builder {
        private final RouteContext context;
        private final SiteContent content;
        private final ViewFactory views;
        // Computed once: looking them up per page made a 2,000-page section quadratic.
        private final Map<String, List<Page>> sectionPages;
        private final Map<Page, Integer> positions = new IdentityHashMap<>();
        private final Map<String, Page> sectionIndexes = new HashMap<>();

        Builder(RouteContext context) {
            this.context = context;
            this.content = context.content();
            this.views = context.views();
            this.sectionPages = pagesBySection(content.pages());
            sectionPages.values().forEach(list -> {
                for (int i = 0; i < list.size(); i++) positions.put(list.get(i), i);
            });
            for (Page p : content.pages()) if (p.sectionIndex()) sectionIndexes.putIfAbsent(p.section(), p);
        }

        List<Route> routes() {
            List<Route> routes = new ArrayList<>();
            for (Page page : content.pages().stream().sorted(Comparator.comparing(Page::url)).toList()) {
                if (page.home()) routes.add(home(page));
                else if (page.sectionIndex()) routes.add(section(page));
                else routes.add(page(page));
            }
            return routes;
        }

        private Route home(Page page) {
            SiteView site = views.site();
            List<SectionView> sections = content.pages().stream().filter(Page::sectionIndex)
                    .sorted(PAGE_ORDER).map(this::sectionView).toList();
            HomeView home = new HomeView(context.body(page), sections, views.allTrees(), views.homeTiles());
            return Route.of(SitePath.ROOT, "home", site.title(), page.summary() == null ? site.description() : page.summary(),
                    new HomePage(home));
        }

        private Route section(Page page) {
            return Route.of(SitePath.of(page.url()), "section", page.title(), page.summary(), new SectionPage(sectionView(page)))
                    .withBreadcrumbs(breadcrumbs(page));
        }

        private Route page(Page page) {
            List<Page> siblings = sectionPages.getOrDefault(page.section(), List.of());
            int i = positions.getOrDefault(page, -1);
            PageLink prev = i > 0 ? pageLink(siblings.get(i - 1)) : null;
            PageLink next = i >= 0 && i < siblings.size() - 1 ? pageLink(siblings.get(i + 1)) : null;
            ContentPageView view = new ContentPageView(page.title(), page.summary(), page.uncertain(), context.body(page),
                    page.sources().stream().flatMap(r -> content.findReference(r.id()).stream()).map(views::reference).toList(),
                    page.recommendations().stream().flatMap(r -> content.findRecommendation(r.id()).stream())
                            .map(views::recommendation).toList(),
                    views.treeLinks(page.trees()), prev, next);
            return Route.of(SitePath.of(page.url()), "page", page.title(), page.summary(), new ContentPage(view))
                    .withBreadcrumbs(breadcrumbs(page));
        }

        private SectionView sectionView(Page index) {
            List<PageLink> pages = sectionPages.getOrDefault(index.section(), List.of()).stream().map(PageRoutes::pageLink).toList();
            return new SectionView(index.title(), index.url(), index.summary(), context.body(index), pages);
        }

        private List<Link> breadcrumbs(Page page) {
            List<Link> crumbs = new ArrayList<>();
            String dir = page.section();
            if (page.sectionIndex()) dir = dir.contains("/") ? dir.substring(0, dir.lastIndexOf('/')) : "";
            List<String> parts = dir.isEmpty() ? List.of() : List.of(dir.split("/"));
            for (int i = 1; i <= parts.size(); i++) {
                Page index = sectionIndexes.get(String.join("/", parts.subList(0, i)));
                if (index != null) crumbs.add(new Link(index.title(), index.url()));
            }
            return crumbs;
        }
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

    private static PageLink pageLink(Page p) {
        return new PageLink(p.title(), p.url(), p.summary());
    }

    private static final Comparator<Page> PAGE_ORDER = Comparator.comparingInt(Page::order)
            .thenComparing(p -> ViewFactory.sortKey(p.title()));
}
