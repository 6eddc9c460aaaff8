package org.vademecum.html;

import java.util.List;
import org.jsoup.nodes.Document;
import org.vademecum.model.SitePath;
import org.vademecum.render.Route;

/**
 * A page after templating and post-processing, before it is serialised: its {@link Route} (address, kind, title,
 * indexing) and its document, whose links are still root-relative ({@code /x/y/}) at this stage.
 */
public record RenderedPage(Route route, Document document) {

    /** A listed page of {@code kind} at {@code url}, for tests and tools that have a document but no route. */
    public RenderedPage(String url, String kind, String title, Document document) {
        this(new Route(SitePath.of(url), kind, kind + ".ftlh", title, "", Route.Indexing.LISTED, List.of(), "",
                new org.vademecum.render.Views.NoView()), document);
    }

    /** The site path as text, {@code /traitement/suivi/}. */
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
