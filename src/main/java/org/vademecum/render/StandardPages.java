package org.vademecum.render;

import java.util.List;
import org.vademecum.model.SitePath;

/** The pages every site has: the about page (grade scale, sources) and the 404 page, served at any depth. */
public enum StandardPages implements RouteSource {
    ABOUT {
        @Override
        public List<Route> routes(RouteContext context) {
            ViewFactory views = context.views();
            return List.of(Route.of(context.urls().about(), "about", context.strings().get("about.title"),
                    context.strings().get("about.description"), new Views.AboutPage(views.grades(), views.references(),
                            views.sourceNotes())));
        }
    },
    NOT_FOUND {
        @Override
        public List<Route> routes(RouteContext context) {
            return List.of(Route.of(NOT_FOUND_PATH, "not-found", context.strings().get("notFound.title"), "",
                    new Views.NoView()).withIndexing(Route.Indexing.UNLISTED));
        }
    };

    /** Where static hosts look for the page of an unknown address. */
    public static final SitePath NOT_FOUND_PATH = SitePath.of("/404.html");
}
