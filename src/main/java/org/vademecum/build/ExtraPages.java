package org.vademecum.build;

import java.util.ArrayList;
import java.util.List;
import org.vademecum.model.SiteContent;
import org.vademecum.render.SiteRenderer.PageRoute;

/** Pages that other stages contribute to the site (decision trees, search results). */
final class ExtraPages {
    private ExtraPages() {}

    static List<PageRoute> routes(SiteContent content) {
        List<PageRoute> routes = new ArrayList<>();
        return routes;
    }
}
