package org.vademecum.html;

import org.jsoup.nodes.Document;

/** One post-processing step applied to every parsed page, in the order the {@link HtmlPostProcessor} lists them. */
@FunctionalInterface
public interface PageTransform {
    void apply(Document page, PageContext context);

    /** What a transform may know about the page besides its DOM. */
    record PageContext(String url, String kind, org.vademecum.render.InterfaceStrings strings) {}
}
