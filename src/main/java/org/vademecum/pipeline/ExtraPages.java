package org.vademecum.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vademecum.kit.KitPages;
import org.vademecum.model.SiteContent;
import org.vademecum.offline.OfflinePage;
import org.vademecum.render.SiteRenderer.PageRoute;
import org.vademecum.render.ViewFactory;

/** Pages that other stages contribute to the site: search results, decision trees, offline page, kit. */
final class ExtraPages {
    private ExtraPages() {}

    static List<PageRoute> routes(SiteContent content, ViewFactory views) {
        List<PageRoute> routes = new ArrayList<>();
        // Search (issue 4): the results page; search.js fills it from ?q=.
        routes.add(new PageRoute(ViewFactory.SEARCH, "search", "search.ftlh", views.strings().get("search.title"),
                views.strings().get("search.description"), List.of(), Map.of()));
        // Decision trees (issue 3): /arbres/ and /arbres/<id>/.
        routes.addAll(TreePages.routes(content, views));
        // Offline and print (issue 5): the offline fallback page, and the World Osteoporosis Day kit when
        // content/kit.yaml exists (/journee-mondiale/…).
        routes.add(OfflinePage.route(views.strings()));
        content.findKit().ifPresent(k -> routes.addAll(KitPages.routes(k, content)));
        return routes;
    }
}
