package org.vademecum.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vademecum.model.SiteContent;
import org.vademecum.render.SiteRenderer.PageRoute;

/** Pages that other stages contribute to the site (decision trees, search results). */
final class ExtraPages {
    private ExtraPages() {}

    static List<PageRoute> routes(SiteContent content, org.vademecum.render.Theme theme,
                                   java.util.Optional<org.vademecum.model.Kit> kit) {
        List<PageRoute> routes = new ArrayList<>();
        // Search (issue 4): the results page; search.js fills it from ?q=.
        routes.add(new PageRoute("/recherche/", "search", "search.ftlh", "Recherche",
                "Rechercher dans le guide : recommandations, sections, glossaire, références.", List.of(), Map.of()));
        // Decision trees (issue 3): /arbres/ and /arbres/<id>/.
        routes.addAll(TreePages.routes(content, theme));
        // Offline and print (issue 5): the offline fallback page, and the World Osteoporosis Day kit when
        // content/kit.yaml exists (/journee-mondiale/…).
        routes.add(org.vademecum.offline.OfflinePage.route());
        kit.ifPresent(k -> routes.addAll(org.vademecum.kit.KitPages.routes(k, content)));
        return routes;
    }
}
