package org.vademecum.offline;

import java.util.List;
import org.vademecum.render.Route;
import org.vademecum.render.RouteContext;
import org.vademecum.render.RouteSource;
import org.vademecum.render.Views;

/**
 * The offline page (issue 5, {@code urls: offline:}, {@code /hors-ligne/}): where the service worker sends a page
 * that is neither cached nor reachable. Its text is in {@code templates/offline.ftlh} and the strings file;
 * {@code assets/offline.js} fills its "try again" link from {@code ?page=}. It asks not to be indexed.
 */
public final class OfflinePage implements RouteSource {

    @Override
    public List<Route> routes(RouteContext context) {
        return List.of(Route.of(context.urls().offline(), "offline", context.strings().get("offline.title"),
                context.strings().get("offline.description"), new Views.NoView()).withIndexing(Route.Indexing.NOINDEX));
    }
}
