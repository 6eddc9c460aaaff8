package org.vademecum.search;

import org.vademecum.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import org.vademecum.output.Fingerprint;
import java.util.Map;
import java.util.Set;
import org.vademecum.model.Grade;
import org.vademecum.model.GradeScale;
import org.vademecum.model.SiteContent;

/**
 * Builds the search index read by {@code search.js}: files under {@code search/}, split so that a query fetches
 * only what it needs (issue 10). Only {@code search/index.json}, the entry file, has a fixed name; the others are
 * named by a hash of the whole index ({@code H} below), so a cached part can never be mixed with a newer entry file.
 *
 * <pre>
 * search/index.json, read on the first query:
 * {"v":3,                          format version
 *  "n":1,                          normaliser version ({@link SearchNormalizer#version()})
 *  "h":"3fa2…",                    H, the hash that names the other files
 *  "k":{"glossaire":["Glossaire",1.3],...}       kind code → [label, boost]
 *  "g":{"Grade A":["A","strong"],...}  badge label → grade id and colour role (the theme's grade-ID tone-ROLE classes)
 *  "t":[["a",812],["b",301],...]   vocabulary: terms (stems) sorted, in one file per first character (H-tN.json,
 *                                  N = position in this list), with how many terms each holds
 *  "p":[143,97,...]                postings: how many consecutive terms each file H-pN.json holds
 *  "d":[12,9,...]                  documents (sorted by url): how many each file H-dN.json holds
 *  "dk":[103,87,...]               per document: kind (index in "k") + 16 × number of query terms of its title
 *  "s":[["dmo","densit mineral osseu",...],...]  synonym groups: phrases of stems, from the glossary
 *  "sn":[[[412],[230,512,-1]],...]} the term number of each word of those phrases, -1 when not in the vocabulary
 * search/H-tN.json: "AacidEe…", the terms of one first character, front-coded: see {@link #frontCoded}
 * search/H-pN.json: [[...],...], postings of consecutive terms: see {@link Postings#json}
 * search/H-dN.json: [[url,kind,title,context,badge,text],...], consecutive documents
 * search/H-titles.json: every document's title, read only by a query that finds nothing
 * </pre>
 *
 * A posting's score is an integer that sums field weights: {@value #TITLE} for the title (or
 * {@value #KEYWORDS} for hidden keywords, whichever is higher), {@value #CONTEXT} for the context, and
 * {@value #BODY} to {@value #BODY_MAX} for the body depending on how often the term occurs. The same input
 * always gives identical bytes: everything is sorted and nothing depends on time or hash order.
 */
public final class SearchIndexBuilder {
    /** Interface strings by key: result kinds ({@code search.kind.<code>}) and grade labels. */
    private final java.util.function.Function<String, String> words;

    public SearchIndexBuilder(java.util.function.Function<String, String> words) {
        this.words = words;
    }

    public static final int FORMAT_VERSION = 3;
    /** Folder of every search file (the service worker and the offline budget recognise them by it). */
    public static final String FOLDER = "search/";
    /** The entry file, the only one with a fixed name. */
    public static final String ENTRY = FOLDER + "index.json";
    static final int TITLE = 16;
    static final int KEYWORDS = 10;
    static final int CONTEXT = 3;
    static final int BODY = 2;
    static final int BODY_MAX = 4;
    /** Characters of a document's body kept in the index for the snippet. */
    static final int SNIPPET_CHARS = 180;
    /** A postings shard is closed once it holds this many characters (one long list may exceed it alone). */
    static final int SHARD_CHARS = 5_000;
    /** A document chunk is closed once it holds this many characters. */
    static final int CHUNK_CHARS = 3_000;
    /** How many times a term may count in a title (stored in two bits of a posting's weight). */
    static final int TITLE_COUNT_MAX = 3;
    static final int KIND_BITS = 16;

    /**
     * Builds the index of a site, with the search rules of its language: see {@link SearchDocuments#collect} for
     * what is indexed.
     */
    public List<SearchFile> build(SiteContent content, List<SearchDocuments.IndexedPage> pages) {
        return build(new SearchDocuments(words).collect(content, pages), SynonymGroups.fromGlossary(content.glossary()),
                content.gradeScale(words), SearchNormalizer.forLanguage(content.config().language()));
    }

    /** As below, for a site graded on the default scale. */
    public List<SearchFile> build(List<SearchDocument> documents, List<List<String>> synonymGroups,
            SearchNormalizer normalizer) {
        return build(documents, synonymGroups, GradeScale.defaultScale(words), normalizer);
    }

    /**
     * Builds the index of the given documents, as files sorted by path. Documents that share a url are merged
     * into the first by kind order then title, so a url appears once. {@code synonymGroups} are lists of phrases
     * (any text; they are normalised here by {@code normalizer}); groups with fewer than two distinct phrases are
     * dropped. {@code grades} is the site's scale, whose labels are the recommendations' badges.
     */
    public List<SearchFile> build(List<SearchDocument> documents, List<List<String>> synonymGroups, GradeScale grades,
            SearchNormalizer normalizer) {
        List<SearchDocument> docs = sortedUnique(documents);
        List<SearchKind> kinds = List.of(SearchKind.values());

        // Documents are prepared independently (in parallel); postings are then filled in document order.
        List<Prepared> prepared = docs.parallelStream().map(doc -> Prepared.of(doc, normalizer)).toList();
        Map<String, Postings> postings = new HashMap<>();
        List<Integer> docKeys = new ArrayList<>(docs.size());
        for (int d = 0; d < docs.size(); d++) {
            Prepared p = prepared.get(d);
            for (int i = 0; i < p.terms().length; i++) {
                postings.computeIfAbsent(p.terms()[i], k -> new Postings()).add(d, p.weights()[i]);
            }
            docKeys.add(kinds.indexOf(docs.get(d).kind()) + KIND_BITS * p.titleTermCount());
        }
        List<String> terms = postings.keySet().stream().sorted().toList();
        List<String> postingLists = new ArrayList<>(terms.size());
        for (String term : terms) postingLists.add(postings.get(term).json());
        List<String> docRows = prepared.stream().map(Prepared::row).toList();
        List<String> titles = prepared.stream().map(Prepared::title).toList();

        List<List<String>> groups = normalisedGroups(synonymGroups, normalizer);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("v", FORMAT_VERSION);
        root.put("n", normalizer.version());
        Map<String, Object> kindTable = new LinkedHashMap<>();
        for (SearchKind kind : kinds) {
            kindTable.put(kind.code(), List.of(words.apply("search.kind." + kind.code()), kind.boost()));
        }
        Map<String, Object> badges = new LinkedHashMap<>();
        for (Grade grade : grades.grades()) badges.put(grade.label(), List.of(grade.id(), grade.role().key()));

        // the parts, then their names from a hash of them all
        List<String> vocabularyParts = new ArrayList<>();
        List<Object> vocabularyMap = new ArrayList<>();
        for (int from = 0, to; from < terms.size(); from = to) {
            char first = terms.get(from).charAt(0);
            to = from;
            while (to < terms.size() && terms.get(to).charAt(0) == first) to++;
            vocabularyParts.add(Json.write(frontCoded(terms.subList(from, to))) + "\n");
            vocabularyMap.add(List.of(String.valueOf(first), to - from));
        }
        List<Integer> postingCounts = new ArrayList<>();
        List<String> postingParts = split(postingLists, SHARD_CHARS, postingCounts);
        List<Integer> docCounts = new ArrayList<>();
        List<String> docParts = split(docRows, CHUNK_CHARS, docCounts);
        byte[] titlesPart = ("[" + String.join(",", titles) + "]\n").getBytes(StandardCharsets.UTF_8);
        List<byte[]> vocabularyBytes = utf8(vocabularyParts);
        List<byte[]> postingBytes = utf8(postingParts);
        List<byte[]> docBytes = utf8(docParts);
        String hash = hash(vocabularyBytes, postingBytes, docBytes, List.of(titlesPart));

        List<SearchFile> files = new ArrayList<>();
        addAll(files, hash + "-t", vocabularyBytes);
        addAll(files, hash + "-p", postingBytes);
        addAll(files, hash + "-d", docBytes);
        files.add(new SearchFile(FOLDER + hash + "-titles.json", titlesPart));

        root.put("h", hash);
        root.put("k", kindTable);
        root.put("g", badges);
        root.put("t", vocabularyMap);
        root.put("p", postingCounts);
        root.put("d", docCounts);
        root.put("dk", docKeys);
        root.put("s", groups);
        Map<String, Integer> termNumbers = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) termNumbers.put(terms.get(i), i);
        root.put("sn", groups.stream().map(g -> g.stream().map(phrase -> java.util.Arrays.stream(phrase.split(" "))
                .map(t -> termNumbers.getOrDefault(t, -1)).toList()).toList()).toList());
        files.add(new SearchFile(ENTRY, (Json.write(root) + "\n").getBytes(StandardCharsets.UTF_8)));
        files.sort(Comparator.comparing(SearchFile::path));
        return List.copyOf(files);
    }

    /**
     * What one document brings to the index: its terms with their postings' weights, how many query terms its
     * title has, and its row and title as JSON.
     */
    private record Prepared(String[] terms, int[] weights, int titleTermCount, String row, String title) {
        static Prepared of(SearchDocument doc, SearchNormalizer normalizer) {
            // per term: whether it is in the title, keywords, context; how often in the body; how often a query
            // term of the title
            Map<String, int[]> found = new HashMap<>();
            int[] titleTerms = {0};
            normalizer.indexTerms(doc.title(), (term, compound) -> {
                int[] f = found.computeIfAbsent(term, t -> new int[5]);
                f[0] = 1;
                if (!compound) {
                    f[4]++;
                    titleTerms[0]++;
                }
            });
            normalizer.indexTerms(doc.keywords(), (term, compound) -> found.computeIfAbsent(term, t -> new int[5])[1] = 1);
            normalizer.indexTerms(doc.context(), (term, compound) -> found.computeIfAbsent(term, t -> new int[5])[2] = 1);
            normalizer.indexTerms(doc.body(), (term, compound) -> found.computeIfAbsent(term, t -> new int[5])[3]++);
            String[] terms = new String[found.size()];
            int[] weights = new int[found.size()];
            int i = 0;
            for (Map.Entry<String, int[]> e : found.entrySet()) {
                int[] f = e.getValue();
                int score = Math.max(f[0] * TITLE, f[1] * KEYWORDS) + f[2] * CONTEXT
                        + (f[3] == 0 ? 0 : Math.min(BODY_MAX, BODY + f[3] - 1));
                terms[i] = e.getKey();
                weights[i++] = weight(score, Math.min(TITLE_COUNT_MAX, f[4]));
            }
            String row = Json.write(List.of(doc.url(), doc.kind().code(), clean(doc.title()), clean(doc.context()),
                    clean(doc.badge()), snippetText(doc.body())));
            return new Prepared(terms, weights, titleTerms[0], row, Json.write(clean(doc.title())));
        }
    }

    /** The postings of one term, in document order: (document number, weight) pairs. */
    private static final class Postings {
        private int[] pairs = new int[8];
        private int size;

        void add(int doc, int weight) {
            if (size == pairs.length) pairs = java.util.Arrays.copyOf(pairs, 2 * size);
            pairs[size++] = doc;
            pairs[size++] = weight;
        }

        /**
         * As JSON: the count k of documents that have the default weight (the term once in the body and not in
         * the title, by far the most common case), their k doc numbers delta-encoded, then (doc, weight) pairs for
         * the others, doc numbers delta-encoded on their own. See {@link #weight}.
         */
        String json() {
            int plainWeight = weight(BODY, 0);
            int plain = 0;
            for (int i = 1; i < size; i += 2) if (pairs[i] == plainWeight) plain++;
            StringBuilder out = new StringBuilder(4 * size + 8).append('[').append(plain);
            for (int i = 0, previous = 0; i < size; i += 2) {
                if (pairs[i + 1] == plainWeight) {
                    out.append(',').append(pairs[i] - previous);
                    previous = pairs[i];
                }
            }
            for (int i = 0, previous = 0; i < size; i += 2) {
                if (pairs[i + 1] != plainWeight) {
                    out.append(',').append(pairs[i] - previous).append(',').append(pairs[i + 1]);
                    previous = pairs[i];
                }
            }
            return out.append(']').toString();
        }
    }

    /** A posting's stored weight: its score, and how many times the term is in the document's title. */
    static int weight(int score, int titleCount) {
        return score * (TITLE_COUNT_MAX + 1) + titleCount;
    }

    /**
     * Cuts consecutive JSON values into arrays of about {@code chars} characters each (one long value may exceed
     * it alone); adds to {@code counts} how many values each holds.
     */
    static List<String> split(List<String> values, int chars, List<Integer> counts) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int first = 0;
        for (int i = 0; i <= values.size(); i++) {
            boolean full = i == values.size() || part.length() > 0 && part.length() + values.get(i).length() + 3 > chars;
            if (full && i > first) {
                parts.add(part.append("]\n").toString());
                counts.add(i - first);
                part.setLength(0);
                first = i;
            }
            if (i == values.size()) break;
            part.append(part.length() == 0 ? '[' : ',').append(values.get(i));
        }
        return parts;
    }

    private static List<byte[]> utf8(List<String> parts) {
        return parts.stream().map(part -> part.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Files {@code search/<prefix>N.json} for the parts, N from 0. */
    static void addAll(List<SearchFile> files, String prefix, List<byte[]> parts) {
        for (int i = 0; i < parts.size(); i++) {
            files.add(new SearchFile(FOLDER + prefix + i + ".json", parts.get(i)));
        }
    }

    /** The first 12 hex digits of the {@link Fingerprint} of every part, each preceded by its length. */
    @SafeVarargs
    static String hash(List<byte[]>... partLists) {
        Fingerprint fingerprint = new Fingerprint();
        for (List<byte[]> parts : partLists) {
            for (byte[] bytes : parts) fingerprint.add(bytes.length).add(bytes);
            fingerprint.add(-1);
        }
        return fingerprint.hex().substring(0, 12);
    }

    /**
     * Sorted terms as one string: each term is written as one capital letter giving how many characters it
     * shares with the previous term ({@code A} = 0 … {@code Z} = 25 or more), then the rest of the term. Terms are
     * made of [a-z0-9] only (the normaliser folds everything else away), so the capitals delimit them.
     */
    static String frontCoded(List<String> sortedTerms) {
        StringBuilder out = new StringBuilder();
        String previous = "";
        for (String term : sortedTerms) {
            int shared = 0;
            int max = Math.min(25, Math.min(previous.length(), term.length()));
            while (shared < max && previous.charAt(shared) == term.charAt(shared)) shared++;
            for (int i = 0; i < term.length(); i++) {
                char c = term.charAt(i);
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                    throw new IllegalArgumentException("search term with a character outside [a-z0-9]: " + term);
                }
            }
            out.append((char) ('A' + shared)).append(term, shared, term.length());
            previous = term;
        }
        return out.toString();
    }

    static List<SearchDocument> sortedUnique(List<SearchDocument> documents) {
        Map<String, SearchDocument> byUrl = new LinkedHashMap<>();
        documents.stream()
                .sorted(Comparator.comparing(SearchDocument::url)
                        .thenComparing(SearchDocument::kind)
                        .thenComparing(SearchDocument::title)
                        .thenComparing(SearchDocument::body))
                .forEach(d -> byUrl.putIfAbsent(d.url(), d));
        return List.copyOf(byUrl.values());
    }

    /** Normalises, de-duplicates and sorts synonym groups; drops groups left with fewer than two phrases. */
    static List<List<String>> normalisedGroups(List<List<String>> groups, SearchNormalizer normalizer) {
        Set<List<String>> result = new java.util.TreeSet<>(Comparator.comparing((List<String> g) -> String.join("|", g)));
        for (List<String> group : groups) {
            java.util.TreeSet<String> phrases = new java.util.TreeSet<>();
            for (String phrase : group) {
                String normalised = String.join(" ", normalizer.queryTerms(phrase));
                if (!normalised.isEmpty()) {
                    phrases.add(normalised);
                }
            }
            if (phrases.size() >= 2) {
                result.add(List.copyOf(phrases));
            }
        }
        return List.copyOf(result);
    }

    /** Runs of {@code \s} (as in a Java regex: ASCII whitespace only) become one space; the result is stripped. */
    static String clean(String text) {
        return clean(text, Integer.MAX_VALUE);
    }

    /**
     * The first {@code max} characters of {@link #clean}{@code (text)}, reading no further than needed: a body
     * can be long and only its snippet is kept. Written by hand, as the regex cost more than all the tokenising.
     */
    private static String clean(String text, int max) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        // the ends are not whitespace, so collapsing before or after the strip is the same
        int i = start;
        while (i < end && i - start < max && !startsChange(text, i)) i++;
        if (i == end || i - start == max) return text.substring(start, i);
        StringBuilder out = new StringBuilder(Math.min(end - start, max)).append(text, start, i);
        while (i < end && out.length() < max) {
            char c = text.charAt(i++);
            if (!isSpace(c)) {
                out.append(c);
            } else {
                out.append(' ');
                while (isSpace(text.charAt(i))) i++;
            }
        }
        return out.toString();
    }

    /** Whether cleaning changes the text from {@code i}, which is before the last character. */
    private static boolean startsChange(String text, int i) {
        char c = text.charAt(i);
        return isSpace(c) && (c != ' ' || isSpace(text.charAt(i + 1)));
    }

    /** What {@code \s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000b';
    }

    /** The beginning of the body, cut at a word boundary, with an ellipsis when cut. */
    static String snippetText(String body) {
        String text = clean(body, SNIPPET_CHARS + 1);
        if (text.length() <= SNIPPET_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET_CHARS);
        if (cut < SNIPPET_CHARS / 2) {
            cut = SNIPPET_CHARS;
        }
        return text.substring(0, cut) + " …";
    }
}
