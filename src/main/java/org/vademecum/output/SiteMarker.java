package org.vademecum.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The marker files that tell a folder Vademecum owns from anything else. {@value #NAME} is written last into a
 * finished site and lists every file the site owns (so a rebuild knows what it may remove, and a test can check
 * that a site is complete); {@value #BUILDING} is written first into a folder still being filled.
 */
public final class SiteMarker {
    public static final String NAME = ".vademecum-site";
    public static final String BUILDING = ".vademecum-building";
    static final String HEADER = "# Written by Vademecum: this folder is a generated site, replaced by each build.";

    private SiteMarker() {}

    /** Returns the marker text for these files: a header line, then one site-relative path a line, sorted. */
    static byte[] text(Collection<String> paths) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        paths.stream().sorted().distinct().forEach(p -> sb.append(p).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Returns true if {@code dir} is a finished site: it holds the marker (false for anything else). */
    public static boolean isSite(Path dir) {
        return Files.isRegularFile(dir.resolve(NAME));
    }

    /**
     * Returns true if {@code dir} is a site built before markers existed (Vademecum 0.1): its {@code sw.js} opens
     * with the comment our service worker carries; false for anything else.
     */
    public static boolean isUnmarkedSite(Path dir) {
        Path sw = dir.resolve("sw.js");
        if (!Files.isRegularFile(sw)) return false;
        try (var in = Files.newInputStream(sw)) {
            String head = new String(in.readNBytes(200), StandardCharsets.UTF_8);
            return head.contains("Vademecum service worker, written by the build");
        } catch (IOException e) {
            return false;
        }
    }

    /** Returns the files the site in {@code dir} lists in its marker, or empty if it has no readable marker. */
    public static Optional<List<String>> listed(Path dir) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(NAME), StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) return Optional.empty();
            return Optional.of(new ArrayList<>(lines.subList(1, lines.size())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns true if a top-level entry of a previous site is the user's, not the site's, and so is carried into
     * the next one: dot-files and dot-folders ({@code .git} of a gh-pages checkout, {@code .nojekyll},
     * {@code .well-known}) and {@code CNAME}; never Vademecum's own {@code .vademecum-*} files.
     */
    public static boolean isCarried(String topLevelName) {
        if (topLevelName.startsWith(".vademecum-")) return false;
        return topLevelName.startsWith(".") || topLevelName.equals("CNAME");
    }
}
