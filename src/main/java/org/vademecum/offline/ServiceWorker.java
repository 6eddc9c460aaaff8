package org.vademecum.offline;

import org.vademecum.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.vademecum.model.SitePath;
import org.vademecum.output.OutputFile;

/**
 * {@code /sw.js} (issue 5): the service worker that makes the whole site work offline after one visit. It is
 * generated from the final list of files, so it precaches every page (as its folder address: {@code a/b/} for
 * {@code a/b/index.html}), the search index, the assets and the tree data; its version is a hash of every file's
 * path and bytes, so that any change of content gives a new cache and the old one is deleted on activation.
 * The script itself is {@code sw-template.js} next to this class.
 */
public final class ServiceWorker {
    public static final String PATH = "sw.js";
    /** Changes when the worker's logic changes, so that a new worker always starts with a fresh cache. */
    static final String LOGIC_VERSION = "1";

    private ServiceWorker() {}

    /**
     * The worker for a site made of {@code files} (any {@code sw.js} among them is ignored); {@code offlinePage} is
     * shown (by redirect) for a page that is neither cached nor reachable.
     */
    public static OutputFile file(List<OutputFile> files, SitePath offlinePage) {
        List<OutputFile> sorted = files.stream().filter(f -> !f.path().equals(PATH))
                .sorted(Comparator.comparing(OutputFile::path)).toList();
        List<String> urls = sorted.stream().map(f -> precacheUrl(f.path())).toList();
        String js = template().replace("@VERSION@", version(sorted)).replace("@FILES@", json(urls))
                .replace("@OFFLINE@", offlinePage.relative());
        return OutputFile.text(PATH, js);
    }

    /** A page by its folder: {@code index.html} is {@code ./}, {@code a/b/index.html} is {@code a/b/}; other files keep their path. */
    static String precacheUrl(String path) {
        return SitePath.ofFile(path).relative();
    }

    /** First 16 hex digits of SHA-256 over each file's path, length and bytes, in path order. */
    static String version(List<OutputFile> sorted) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(LOGIC_VERSION.getBytes(StandardCharsets.UTF_8));
            for (OutputFile f : sorted) {
                sha.update(f.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(ByteBuffer.allocate(8).putLong(f.bytes().length).array());
                sha.update(f.bytes());
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(List<String> urls) {
        return Json.write(urls).replace("\",\"", "\",\n  \"").replace("[\"", "[\n  \"").replace("\"]", "\"\n]");
    }

    private static String template() {
        try (InputStream in = ServiceWorker.class.getResourceAsStream("sw-template.js")) {
            if (in == null) throw new IllegalStateException("sw-template.js is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
