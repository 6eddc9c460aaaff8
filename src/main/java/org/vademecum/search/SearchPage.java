package org.vademecum.search;

import java.util.List;
import org.vademecum.render.Route;
import org.vademecum.render.RouteContext;
import org.vademecum.render.RouteSource;
import org.vademecum.render.Views;

/** The search results page ({@code urls: search:}, {@code /recherche/}); {@code search.js} fills it from {@code ?q=}. */
public final class SearchPage implements RouteSource {

    @Override
    public List<Route> routes(RouteContext context) {
        return List.of(Route.of(context.urls().search(), "search", context.strings().get("search.title"),
                context.strings().get("search.description"), new Views.NoView()).withIndexing(Route.Indexing.UNLISTED));
    }
}
