package org.vademecum.render;

import java.util.List;
import org.vademecum.model.SitePath;
import org.vademecum.render.Views.Link;

/**
 * One HTML page of the site, declared before anything is rendered: where it is published, which template shows
 * which view, and the facts other stages need without reading the page back (its title, description, whether it
 * is indexed, and the lead sentence that search shows for a list page). The site's routes are made once, by the
 * route sources registered in {@code pipeline.SiteMap}; the renderer, link checker, sitemap, search, service
 * worker and dev server all read that one list.
 *
 * @param kind        the page kind ("page", "section", "home", "recommendations", "tree", "kit-sheet", …), which
 *                    is also the layout's {@code body} class
 * @param template    the theme template that renders it
 * @param breadcrumbs the way from the home page to the page's parent (empty for none)
 * @param lead        what search shows for a page whose items are indexed from the data (a list page); empty else
 */
public record Route(SitePath path, String kind, String template, String title, String description, Indexing indexing,
                   List<Link> breadcrumbs, String lead, PageView view) {

    /** Whether search engines and the site's own search know the page. */
    public enum Indexing {
        /** In the sitemap and the search index. */
        LISTED,
        /** Indexable, but in neither the sitemap nor search: the search page itself, the 404 page. */
        UNLISTED,
        /** A copy or a utility page (the A3 poster, the offline page): asks search engines not to index it. */
        NOINDEX
    }

    public Route {
        breadcrumbs = List.copyOf(breadcrumbs);
        description = description == null ? "" : description;
        lead = lead == null ? "" : lead;
    }

    /** A listed page without breadcrumbs or lead. */
    public static Route of(SitePath path, String kind, String title, String description, PageView view) {
        return new Route(path, kind, kind + ".ftlh", title, description, Indexing.LISTED, List.of(), "", view);
    }

    public Route withIndexing(Indexing indexing) {
        return new Route(path, kind, template, title, description, indexing, breadcrumbs, lead, view);
    }

    public Route withBreadcrumbs(List<Link> breadcrumbs) {
        return new Route(path, kind, template, title, description, indexing, breadcrumbs, lead, view);
    }

    public Route withLead(String lead) {
        return new Route(path, kind, template, title, description, indexing, breadcrumbs, lead, view);
    }

    /** The site path as text, {@code /traitement/suivi/}. */
    public String url() {
        return path.value();
    }
}
