package org.vademecum.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vademecum.pipeline.BuildOptions;
import org.vademecum.pipeline.SitePipeline;
import org.vademecum.output.OutputFile;

/**
 * The real guide ({@code content/} of the repository, or {@code -Dvademecum.siteProject=DIR}) built once per
 * test JVM by the real pipeline, as the files a host would publish.
 */
public final class RealSite {
    private static Map<String, byte[]> files;

    private RealSite() {}

    public static Path project() {
        String override = System.getProperty("vademecum.siteProject");
        if (override != null && !override.isBlank()) return Path.of(override);
        return Path.of(System.getProperty("vademecum.projectDir", ".")).toAbsolutePath().normalize();
    }

    /** Every file of the built site by site-relative path, sorted. */
    public static synchronized Map<String, byte[]> files() {
        if (files == null) files = build(project());
        return files;
    }

    /** Builds any project with the real pipeline: every file by site-relative path, sorted. */
    public static Map<String, byte[]> build(Path project) {
        Map<String, byte[]> out = new TreeMap<>();
        for (OutputFile f : SitePipeline.build(BuildOptions.of(project)).files()) out.put(f.path(), f.bytes());
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The site paths of every HTML page ({@code /}, {@code /a/b/}, {@code /404.html}), sorted. */
    public static List<String> pages() {
        List<String> out = new ArrayList<>();
        for (String path : files().keySet()) {
            if (!path.endsWith(".html")) continue;
            if (path.equals("index.html")) out.add("/");
            else if (path.endsWith("/index.html")) out.add("/" + path.substring(0, path.length() - "index.html".length()));
            else out.add("/" + path);
        }
        return out;
    }

    /** The pages a reader reaches by links (every page but the 404 page). */
    public static List<String> linkedPages() {
        return pages().stream().filter(p -> !p.equals("/404.html")).toList();
    }

    public static String text(String path) {
        byte[] b = files().get(path);
        if (b == null) throw new AssertionError("no file " + path + " in the built site");
        return new String(b, StandardCharsets.UTF_8);
    }

    /** The file of a page's site path: {@code /a/} is {@code a/index.html}. */
    public static String fileOf(String page) {
        String p = page.substring(1);
        return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
    }
}
