package org.vademecum.offline;

import java.util.ArrayList;
import java.util.List;
import org.vademecum.output.OutputFile;
import org.vademecum.model.SitePath;
import org.vademecum.model.UrlSegments;

/**
 * What a reader's first visit saves for offline use (issue 10): the whole site when it fits the budget
 * ({@code offline: budget:} in site.yaml), else only the shell; the other files are saved as they are read, or all
 * at once from the "download the whole guide" control. Sizes are the files' bytes as written, uncompressed: that is
 * what the browser's cache stores, and an upper bound on what a compressing host sends.
 *
 * @param precached the files the service worker saves on install, sorted by path
 * @param onDemand  the files left for later (empty when the whole site fits), sorted by path
 */
public record PrecachePlan(List<OutputFile> precached, List<OutputFile> onDemand) {
    public PrecachePlan {
        precached = List.copyOf(precached);
        onDemand = List.copyOf(onDemand);
    }

    /** Splits {@code sorted} (the site's files, by path) against {@code budget} bytes; {@code urls} places the shell. */
    public static PrecachePlan of(List<OutputFile> sorted, long budget, UrlSegments urls) {
        if (bytes(sorted) <= budget) return new PrecachePlan(sorted, List.of());
        List<OutputFile> shell = new ArrayList<>();
        List<OutputFile> rest = new ArrayList<>();
        for (OutputFile f : sorted) (isShell(f.path(), urls) ? shell : rest).add(f);
        return new PrecachePlan(shell, rest);
    }

    /**
     * The shell, saved whatever the budget: what every page needs (theme assets and icons, the manifest), the home
     * page, the offline page and its list of files, the decision trees (pages and data) and search (the search page
     * and the index: every file whose first path segment starts with {@code search}, so a sharded index under
     * {@code search/} or {@code search-*.json} counts too).
     */
    public static boolean isShell(String path, UrlSegments urls) {
        String firstSegment = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        return path.equals("index.html") || path.equals(WebManifest.PATH) || path.startsWith("assets/")
                || firstSegment.startsWith("search") || under(path, urls.search())
                || under(path, urls.trees()) || under(path, urls.offline());
    }

    /** The total size of {@code files} in bytes. */
    public static long bytes(List<OutputFile> files) {
        return files.stream().mapToLong(f -> f.bytes().length).sum();
    }

    private static boolean under(String path, SitePath folder) {
        return path.startsWith(folder.relative());
    }
}
