package org.vademecum.model;

import java.util.List;
import java.util.Optional;
import org.vademecum.diag.SourcePosition;

/**
 * A Markdown page. {@code path} is its location under {@code content/pages} without extension
 * ({@code traitement/suivi}, {@code traitement/_index}, {@code index}); {@code url} is the site path it is published at;
 * {@code shortcodes} are those of its body, parsed once when it is loaded.
 */
public record Page(
        String path,
        String url,
        String section,
        boolean sectionIndex,
        String title,
        String summary,
        int order,
        List<Ref> sources,
        List<Ref> recommendations,
        List<Ref> trees,
        String uncertain,
        String markdown,
        SourcePosition bodyStart,
        Shortcode.Parsed shortcodes) {

    public Page {
        sources = List.copyOf(sources);
        recommendations = List.copyOf(recommendations);
        trees = List.copyOf(trees);
    }

    /** The site path of the page built from {@code path}: {@code index} is {@code /}, {@code a/_index} is {@code /a/}, {@code a/b} is {@code /a/b/}. */
    public static String urlOf(String path) {
        if (path.equals("index")) return "/";
        if (path.endsWith("_index")) return "/" + (path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "") + "/";
        return "/" + path + "/";
    }

    public boolean home() {
        return path.equals("index");
    }

    public Optional<String> findSummary() {
        return Optional.ofNullable(summary);
    }
}
