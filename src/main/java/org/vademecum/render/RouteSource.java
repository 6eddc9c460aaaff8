package org.vademecum.render;

import java.util.List;

/**
 * One feature's pages (the Markdown pages, a data collection, the trees, the kit, …). Every source is registered
 * in one list, {@code pipeline.SiteMap}; a source that has nothing to publish (an empty collection) returns none.
 */
@FunctionalInterface
public interface RouteSource {
    List<Route> routes(RouteContext context);
}
