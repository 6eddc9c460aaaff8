package org.vademecum.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;
import org.vademecum.kit.KitPages;
import org.vademecum.model.SitePath;
import org.vademecum.offline.OfflinePage;
import org.vademecum.render.CollectionPage;
import org.vademecum.render.PageRoutes;
import org.vademecum.render.Route;
import org.vademecum.render.RouteContext;
import org.vademecum.render.RouteSource;
import org.vademecum.render.StandardPages;
import org.vademecum.search.SearchPage;

/**
 * The shape of the site: every HTML page, as the {@link Route} list that the route sources below produce, once
 * per build. A new kind of page is one more source in {@link #SOURCES}; the renderer, the link checker, the
 * sitemap, search, the service worker and the dev server then know it without other changes.
 */
final class SiteMap {
    /** Every route source, in the order their pages are rendered and reported. */
    static final List<RouteSource> SOURCES = List.of(
            new PageRoutes(),
            CollectionPage.RECOMMENDATIONS, CollectionPage.RISK_FACTORS, CollectionPage.SEQUENCES,
            CollectionPage.GLOSSARY, CollectionPage.BIBLIOGRAPHY,
            StandardPages.ABOUT, StandardPages.NOT_FOUND,
            new SearchPage(),
            new TreePages(),
            new OfflinePage(),
            new KitPages());

    private SiteMap() {}

    /**
     * The routes of every source. Two routes at one address is an error: a Markdown page at the address of a
     * generated one is already reported by the validator, so this catches the rest (a page under a tree's
     * address, two kit sheets) at the Markdown page's file when there is one.
     */
    static List<Route> routes(RouteContext context, Diagnostics diagnostics) {
        List<Route> routes = new ArrayList<>();
        for (RouteSource source : SOURCES) routes.addAll(source.routes(context));
        Map<SitePath, Route> seen = new HashMap<>();
        Map<String, SourcePosition> files = new HashMap<>();
        context.content().pages().forEach(p -> files.put(p.url(), SourcePosition.file(p.bodyStart().path())));
        List<Route> unique = new ArrayList<>();
        for (Route route : routes) {
            Route first = seen.putIfAbsent(route.path(), route);
            if (first == null) {
                unique.add(route);
                continue;
            }
            SourcePosition at = files.getOrDefault(route.url(), SourcePosition.file("content"));
            diagnostics.error(at, "page address " + route.url() + " is used by two pages (" + first.kind() + " and "
                    + route.kind() + ")", "rename the file or its folder, or give the generated page another folder"
                    + " (urls: in content/site.yaml)");
        }
        return unique;
    }
}
