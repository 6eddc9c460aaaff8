package org.vademecum.offline;

import org.vademecum.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.vademecum.model.SitePath;
import org.vademecum.model.UrlSegments;
import org.vademecum.output.Fingerprint;
import org.vademecum.output.OutputFile;

/**
 * {@code /sw.js} (issues 5 and 10): the service worker that makes the site work offline. It is generated from the
 * final list of files: on install it precaches what {@link PrecachePlan} keeps for the first visit (every page, as
 * its folder address {@code a/b/} for {@code a/b/index.html}, while the site fits the budget; else the shell); the
 * other files are listed with their sizes and hashes in {@link #onDemandList}, saved as they are read and by the
 * "download the whole guide" control. Its version is a hash of every file's path and bytes, so that any change of
 * content gives a new cache and the old one is deleted on activation. The script itself is {@code sw-template.js}
 * next to this class.
 */
public final class ServiceWorker {
    public static final String PATH = "sw.js";
    /** The name, in the offline page's folder, of the list of files left out of the first visit. */
    static final String ON_DEMAND_NAME = "files.json";
    /** Changes when the worker's logic changes, so that a new worker always starts with a fresh cache. */
    static final String LOGIC_VERSION = "2";

    private ServiceWorker() {}

    /**
     * The worker for a site made of {@code files} (a worker or list of an earlier build among them is ignored) whose
     * first visit saves at most {@code budget} bytes beyond the shell, and the list of files left for later when there
     * are any; {@code urls} places the shell's pages and the offline page, shown (by redirect) for a page that is
     * neither cached nor reachable.
     */
    public static List<OutputFile> files(List<OutputFile> files, long budget, UrlSegments urls) {
        String listPath = onDemandList(urls);
        List<OutputFile> sorted = files.stream().filter(f -> !f.path().equals(PATH) && !f.path().equals(listPath))
                .sorted(Comparator.comparing(OutputFile::path)).toList();
        PrecachePlan plan = PrecachePlan.of(sorted, budget, urls);
        // Each file is fingerprinted once, in parallel (files are independent); the version and the list both use it.
        Map<String, byte[]> fingerprints = new HashMap<>(sorted.parallelStream()
                .collect(Collectors.toConcurrentMap(OutputFile::path, f -> Fingerprint.of(f.bytes()))));
        List<OutputFile> out = new ArrayList<>();
        List<String> precache = new ArrayList<>(plan.precached().stream().map(f -> precacheUrl(f.path())).toList());
        String list = "null";
        if (!plan.onDemand().isEmpty()) {
            OutputFile onDemand = onDemandList(listPath, plan.onDemand(), fingerprints);
            fingerprints.put(onDemand.path(), Fingerprint.of(onDemand.bytes()));
            out.add(onDemand);
            precache.add(onDemand.path());
            precache.sort(Comparator.naturalOrder());
            list = Json.write(onDemand.path());
        }
        // The list is part of the version: a budget change that moves files in or out of the precache renames the cache.
        List<OutputFile> versioned = new ArrayList<>(sorted);
        versioned.addAll(out);
        String js = template().replace("@VERSION@", version(versioned, fingerprints)).replace("@FILES@", json(precache))
                .replace("@ON_DEMAND@", list).replace("@OFFLINE@", urls.offline().relative());
        out.add(0, OutputFile.text(PATH, js));
        return out;
    }

    /** The site-relative path of the list of files left out of the first visit. */
    public static String onDemandList(UrlSegments urls) {
        return urls.offline().fileNamed(ON_DEMAND_NAME).file();
    }

    /** One line per file, so that a diff of two builds shows which files changed. */
    private static OutputFile onDemandList(String path, List<OutputFile> onDemand, Map<String, byte[]> fingerprints) {
        StringBuilder json = new StringBuilder("{\"bytes\": ").append(PrecachePlan.bytes(onDemand)).append(", \"files\": [");
        for (int i = 0; i < onDemand.size(); i++) {
            OutputFile f = onDemand.get(i);
            json.append(i == 0 ? "\n" : ",\n").append(Json.write(List.of(precacheUrl(f.path()), f.bytes().length,
                    HexFormat.of().formatHex(fingerprints.get(f.path())).substring(0, 12))));
        }
        return OutputFile.text(path, json.append("\n]}\n").toString());
    }

    /** A page by its folder: {@code index.html} is {@code ./}, {@code a/b/index.html} is {@code a/b/}; other files keep their path. */
    static String precacheUrl(String path) {
        return SitePath.ofFile(path).relative();
    }

    /**
     * First 16 hex digits of SHA-256 over each file's path, length and fingerprint, in path order. A file's fingerprint
     * (first 12 hex digits in the on-demand list) tells a new worker whether a page saved under the previous
     * version is unchanged, so that a corrected page is never shown stale offline.
     */
    static String version(List<OutputFile> sorted, Map<String, byte[]> fingerprints) {
        MessageDigest sha = sha256();
        sha.update(LOGIC_VERSION.getBytes(StandardCharsets.UTF_8));
        for (OutputFile f : sorted) {
            sha.update(f.path().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(ByteBuffer.allocate(8).putLong(f.bytes().length).array());
            sha.update(fingerprints.get(f.path()));
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
