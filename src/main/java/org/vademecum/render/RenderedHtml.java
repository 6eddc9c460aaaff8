package org.vademecum.render;

/** The HTML text a template produced for one route, before post-processing. */
public record RenderedHtml(Route route, String html) {
    public String url() {
        return route.url();
    }

    public String kind() {
        return route.kind();
    }

    public String title() {
        return route.title();
    }
}
