package org.vademecum.html;

import org.jsoup.nodes.Document;

/**
 * A page after templating and post-processing, before it is serialised. {@code url} is the site path
 * ({@code /traitement/suivi/}); {@code kind} names the template ("page", "section", "home", "recommendations",
 * "glossary", "bibliography", "risk-factors", "sequences", "tree", "trees", "about", "search", "not-found").
 * The document's links are still root-relative ({@code /x/y/}) at this stage.
 */
public record RenderedPage(String url, String kind, String title, Document document) {

    /** Pages that ask search engines not to index them (offline page, duplicate A3 poster): kept out of the sitemap and search. */
    public boolean noindex() {
        return document.selectFirst("meta[name=robots][content~=noindex]") != null;
    }
}
