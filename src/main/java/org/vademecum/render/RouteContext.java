package org.vademecum.render;

import org.vademecum.model.Page;
import org.vademecum.model.SiteContent;
import org.vademecum.model.UrlSegments;

/**
 * What a {@link RouteSource} builds its views from: the content, the view factory, and the renderer's Markdown
 * bodies (safe HTML, relative links resolved, shortcodes expanded with the theme's partials).
 */
public record RouteContext(SiteContent content, ViewFactory views, java.util.function.Function<Page, String> bodies) {
    public InterfaceStrings strings() {
        return views.strings();
    }

    public UrlSegments urls() {
        return content.config().urls();
    }

    public String body(Page page) {
        return bodies.apply(page);
    }
}
