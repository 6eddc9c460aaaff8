package org.vademecum.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vademecum.model.SiteContent;
import org.vademecum.render.SiteRenderer.PageRoute;

/** Pages that other stages contribute to the site (decision trees, search results). */
final class ExtraPages {
    private ExtraPages() {}

    static List<PageRoute> routes(SiteContent content) {
        List<PageRoute> routes = new ArrayList<>();
        // Search (issue 4): the results page; search.js fills it from ?q=.
        routes.add(new PageRoute("/recherche/", "search", "search.ftlh", "Recherche",
                "Rechercher dans le guide : recommandations, sections, glossaire, références.", List.of(), Map.of()));
        return routes;
    }
}
