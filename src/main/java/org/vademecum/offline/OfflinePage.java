package org.vademecum.offline;

import java.util.List;
import java.util.Map;
import org.vademecum.render.InterfaceStrings;
import org.vademecum.render.SiteRenderer.PageRoute;

/**
 * {@code /hors-ligne/} (issue 5): where the service worker sends a page that is neither cached nor reachable.
 * Its text is in {@code templates/offline.ftlh} and the strings file; {@code assets/offline.js} fills its
 * "try again" link from {@code ?page=}. It asks not to be indexed (model key {@code noindex}).
 */
public final class OfflinePage {
    private OfflinePage() {}

    public static PageRoute route(InterfaceStrings strings) {
        return new PageRoute(ServiceWorker.OFFLINE_URL, "offline", "offline.ftlh", strings.get("offline.title"),
                strings.get("offline.description"), List.of(), Map.of("noindex", true));
    }
}
