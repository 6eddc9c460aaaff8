package org.vademecum.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vademecum.output.OutputFile;
import org.vademecum.search.SearchIndexBuilder;
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
        List<OutputFile> searchParts = new ArrayList<>();
        List<OutputFile> rest = new ArrayList<>();
        for (OutputFile f : sorted) {
            if (isShell(f.path(), urls)) shell.add(f);
            else if (isSearchPart(f.path())) searchParts.add(f);
            else rest.add(f);
        }
        // The parts of the search index join the shell while both fit the budget, so that search works offline
        // from the first visit (1,000 pages: 3.4 MB of 4.2). Above it (10,000 pages: 39 MB) they are saved as
        // queries fetch them, or by the download control, like pages.
        (bytes(shell) + bytes(searchParts) <= budget ? shell : rest).addAll(searchParts);
        shell.sort(BY_PATH);
        rest.sort(BY_PATH);
        return new PrecachePlan(shell, rest);
    }

    private static final Comparator<OutputFile> BY_PATH = Comparator.comparing(OutputFile::path);

    /**
     * The shell, saved whatever the budget: what every page needs (theme assets and icons, the manifest), the home
     * page, the offline page and its list of files, the decision trees (pages and data), the search page and the
     * search index's entry file.
     */
    public static boolean isShell(String path, UrlSegments urls) {
        if (isSearchPart(path)) return false; // even with urls: search: search
        return path.equals("index.html") || path.equals(WebManifest.PATH) || path.startsWith("assets/")
                || path.equals(SearchIndexBuilder.ENTRY) || under(path, urls.search())
                || under(path, urls.trees()) || under(path, urls.offline());
    }

    /** A file of the search index other than its entry file: vocabulary, postings, documents, titles. */
    static boolean isSearchPart(String path) {
        return path.startsWith(SearchIndexBuilder.FOLDER) && !path.equals(SearchIndexBuilder.ENTRY);
    }

    /** The total size of {@code files} in bytes. */
    public static long bytes(List<OutputFile> files) {
        return files.stream().mapToLong(f -> f.bytes().length).sum();
    }

    private static boolean under(String path, SitePath folder) {
        return path.startsWith(folder.relative());
    }
}
