package org.vademecum.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * The split search index read back from its files, for tests and the benchmark: the entry file, the decoded
 * vocabulary, every term's postings and every document row, and which file holds what.
 */
public final class SearchIndexFiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The files of the index by site-relative path ({@code search/…}). */
    final Map<String, byte[]> files;
    public final JsonNode entry;
    public final List<String> terms;

    SearchIndexFiles(Map<String, byte[]> siteFiles) {
        files = new TreeMap<>();
        siteFiles.forEach((path, bytes) -> {
            if (path.startsWith(SearchIndexBuilder.FOLDER)) files.put(path, bytes);
        });
        entry = read(SearchIndexBuilder.ENTRY);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < entry.get("t").size(); i++) all.addAll(decodeTerms(read(path("t", i)).asText()));
        terms = List.copyOf(all);
    }

    /** The index in a built site, given as path → text of every file. */
    public static SearchIndexFiles ofSite(Map<String, String> site) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        site.forEach((path, text) -> map.put(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return new SearchIndexFiles(map);
    }

    static SearchIndexFiles of(List<SearchFile> built) {
        Map<String, byte[]> map = new LinkedHashMap<>();
        built.forEach(f -> map.put(f.path(), f.bytes()));
        return new SearchIndexFiles(map);
    }

    JsonNode read(String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) throw new AssertionError("no file " + path + " in " + files.keySet());
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inverse of {@link SearchIndexBuilder#frontCoded}, as search.js reads it. */
    static List<String> decodeTerms(String coded) {
        List<String> out = new ArrayList<>();
        String previous = "";
        int i = 0;
        while (i < coded.length()) {
            int j = i + 1;
            while (j < coded.length() && !(coded.charAt(j) >= 'A' && coded.charAt(j) <= 'Z')) j++;
            previous = previous.substring(0, coded.charAt(i) - 'A') + coded.substring(i + 1, j);
            out.add(previous);
            i = j;
        }
        return out;
    }

    /** The path of part n of a kind ("t" vocabulary, "p" postings, "d" documents). */
    String path(String kind, int n) {
        return SearchIndexBuilder.FOLDER + entry.get("h").asText() + "-" + kind + n + ".json";
    }

    /** The values of every part of a kind ("p" or "d") in order, checking that each holds as many as the entry says. */
    List<JsonNode> values(String kind) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode counts = entry.get(kind);
        for (int n = 0; n < counts.size(); n++) {
            JsonNode part = read(path(kind, n));
            if (part.size() != counts.get(n).asInt()) throw new AssertionError(path(kind, n) + " holds " + part.size() + ", not " + counts.get(n));
            part.forEach(out::add);
        }
        return out;
    }

    /** Every document row [url, kind, title, context, badge, text], by document number. */
    public List<JsonNode> documents() {
        return values("d");
    }

    /** Every term's stored postings, parallel to {@link #terms}. */
    List<JsonNode> postings() {
        return values("p");
    }

    /** The path of the file that holds item i of a kind ("p" for a term's postings, "d" for a document row). */
    String fileOf(String kind, int i) {
        JsonNode counts = entry.get(kind);
        int n = 0;
        for (int first = counts.get(0).asInt(); first <= i; first += counts.get(++n).asInt()) { }
        return path(kind, n);
    }

    /** The path of the vocabulary file of the terms that start with c, or null when none does. */
    String vocabularyOf(char c) {
        for (int n = 0; n < entry.get("t").size(); n++) {
            if (entry.get("t").get(n).get(0).asText().equals(String.valueOf(c))) return path("t", n);
        }
        return null;
    }

    /** url -> (term -> score), decoded from the postings. */
    public Map<String, Map<String, Integer>> scores() {
        return decode(false);
    }

    /** url -> (term -> how many times the term is in the title). */
    Map<String, Map<String, Integer>> titleCounts() {
        return decode(true);
    }

    private Map<String, Map<String, Integer>> decode(boolean titleCounts) {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        List<JsonNode> docs = documents();
        List<JsonNode> postings = postings();
        int base = SearchIndexBuilder.TITLE_COUNT_MAX + 1;
        for (int t = 0; t < terms.size(); t++) {
            JsonNode p = postings.get(t);
            int plain = p.get(0).asInt();
            int doc = 0;
            for (int i = 1; i <= plain; i++) {
                doc += p.get(i).asInt();
                out.computeIfAbsent(docs.get(doc).get(0).asText(), k -> new TreeMap<>())
                        .put(terms.get(t), titleCounts ? 0 : SearchIndexBuilder.BODY);
            }
            doc = 0;
            for (int i = plain + 1; i < p.size(); i += 2) {
                doc += p.get(i).asInt();
                int weight = p.get(i + 1).asInt();
                out.computeIfAbsent(docs.get(doc).get(0).asText(), k -> new TreeMap<>())
                        .put(terms.get(t), titleCounts ? weight % base : weight / base);
            }
        }
        return out;
    }

    /**
     * An upper bound of the files search.js fetches before it shows the first {@code shown} results of a query,
     * computed from the files alone: the entry file; the vocabulary of the first two letters of each word; the postings shards of every term a query word may stand for
     * (the word itself, every term it starts (from two letters), its typos as search.js finds them, every term of a
     * synonym group it opens); and the {@code shown} largest document chunks, wherever the results fall.
     */
    java.util.Set<String> filesBeforeFirstResults(String query, int shown) {
        java.util.Set<String> out = new java.util.TreeSet<>(List.of(SearchIndexBuilder.ENTRY));
        List<String> words = FrenchNormalizer.queryTerms(query);
        List<String> raw = FrenchNormalizer.words(query).stream().filter(w -> !FrenchNormalizer.STOP_WORDS.contains(w)).toList();
        java.util.Set<String> needed = new java.util.TreeSet<>();
        for (int w = 0; w < words.size(); w++) {
            String q = words.get(w);
            needed.add(q);
            for (int c = 0; c < (raw.get(w).length() >= 5 ? 2 : 1); c++) {
                String vocabulary = vocabularyOf(q.charAt(c));
                if (vocabulary != null) out.add(vocabulary);
            }
            int from = java.util.Collections.binarySearch(terms, q);
            int at = from < 0 ? -from - 1 : from;
            boolean prefixes = false;
            for (int i = at; q.length() >= 2 && i < terms.size() && terms.get(i).startsWith(q); i++) {
                needed.add(terms.get(i));
                prefixes |= !terms.get(i).equals(q);
            }
            if (from < 0 && raw.get(w).length() >= 5) {
                int k = raw.get(w).length() >= 8 ? 2 : 1;
                for (String t : terms) {
                    if (t.charAt(0) != q.charAt(0) && t.charAt(0) != q.charAt(1)) continue;
                    if (osa(q, t) <= k || !prefixes && prefixDistance(q, t, k) <= k) needed.add(t);
                }
            }
            for (JsonNode group : entry.get("s")) {
                boolean opens = false;
                for (JsonNode phrase : group) opens |= phrase.asText().split(" ")[0].equals(q);
                if (opens) group.forEach(phrase -> needed.addAll(List.of(phrase.asText().split(" "))));
            }
        }
        for (String term : needed) {
            int i = java.util.Collections.binarySearch(terms, term);
            if (i >= 0) out.add(fileOf("p", i));
        }
        List<String> chunks = new ArrayList<>(files.keySet().stream().filter(p -> p.matches("search/[0-9a-f]+-d[0-9]+\\.json")).toList());
        chunks.sort(java.util.Comparator.comparingInt((String p) -> files.get(p).length).reversed().thenComparing(p -> p));
        out.addAll(chunks.subList(0, Math.min(shown, chunks.size())));
        return out;
    }

    /** Optimal string alignment distance, unbounded: the textbook reference for the banded version in search.js. */
    static int osa(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Distance from a to the nearest prefix of b whose length is within k of a's. */
    static int prefixDistance(String a, String b, int k) {
        int best = Integer.MAX_VALUE;
        for (int j = Math.max(0, a.length() - k); j <= Math.min(b.length(), a.length() + k); j++) {
            best = Math.min(best, osa(a, b.substring(0, j)));
        }
        return best;
    }

    /** Sum of the gzip sizes of the given files (each is sent compressed on its own). */
    int gzip(java.util.Collection<String> paths) {
        return paths.stream().mapToInt(this::gzip).sum();
    }

    int raw(java.util.Collection<String> paths) {
        return paths.stream().mapToInt(p -> files.get(p).length).sum();
    }

    private final Map<String, Integer> gzipSizes = new java.util.HashMap<>();

    int gzip(String path) {
        return gzipSizes.computeIfAbsent(path, this::gzipSize);
    }

    private int gzipSize(String path) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(files.get(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
