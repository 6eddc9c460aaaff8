package org.vademecum.search;

import org.vademecum.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vademecum.model.Grade;
import org.vademecum.model.SiteContent;

/**
 * Builds {@code /search-index.json}: one compact, deterministic JSON file read by {@code search.js}.
 *
 * <pre>
 * {"v":2,                          format version
 *  "n":1,                          normaliser version ({@link FrenchNormalizer#VERSION})
 *  "k":{"glossaire":["Glossaire",1.3],...}       kind code → [label, boost]
 *  "g":{"Grade A":"A",...}         badge label → grade key (for the theme's grade-badge grade-KEY classes)
 *  "d":[[url,kind,title,context,badge,text],...]  documents, sorted by url
 *  "t":["acid","age",...]          terms (stems), sorted
 *  "p":[[k,doc,...,doc,score,...],...]  postings parallel to "t": see {@link #postings}
 *  "s":[["dmo","densit mineral osseu",...],...]}  synonym groups: phrases of stems, from the glossary
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

    public static final int FORMAT_VERSION = 2;
    static final int TITLE = 16;
    static final int KEYWORDS = 10;
    static final int CONTEXT = 3;
    static final int BODY = 2;
    static final int BODY_MAX = 4;
    /** Characters of a document's body kept in the index for the snippet. */
    static final int SNIPPET_CHARS = 180;

    /** Builds the index of a site: see {@link SearchDocuments#collect} for what is indexed. */
    public byte[] build(SiteContent content, List<SearchDocuments.IndexedPage> pages) {
        return build(new SearchDocuments(words).collect(content, pages), SynonymGroups.fromGlossary(content.glossary()));
    }

    /**
     * Builds the index of the given documents. Documents that share a url are merged into the first by kind
     * order then title, so a url appears once. {@code synonymGroups} are lists of phrases (any text; they are
     * normalised here); groups with fewer than two distinct phrases are dropped.
     */
    public byte[] build(List<SearchDocument> documents, List<List<String>> synonymGroups) {
        List<SearchDocument> docs = sortedUnique(documents);

        Map<String, List<int[]>> postings = new TreeMap<>();
        // Documents are scored independently (in parallel); postings are then filled in document order.
        List<Map<String, Integer>> scores = docs.parallelStream().map(SearchIndexBuilder::termScores).toList();
        for (int d = 0; d < docs.size(); d++) {
            for (Map.Entry<String, Integer> e : scores.get(d).entrySet()) {
                postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {d, e.getValue()});
            }
        }

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("v", FORMAT_VERSION);
        root.put("n", FrenchNormalizer.VERSION);
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (SearchKind kind : SearchKind.values()) {
            kinds.put(kind.code(), List.of(words.apply("search.kind." + kind.code()), kind.boost()));
        }
        root.put("k", kinds);
        Map<String, Object> grades = new LinkedHashMap<>();
        for (Grade grade : Grade.values()) grades.put(new SearchDocuments(words).gradeLabel(grade), grade.key());
        root.put("g", grades);
        List<Object> rows = new ArrayList<>(docs.size());
        for (SearchDocument doc : docs) {
            rows.add(List.of(doc.url(), doc.kind().code(), clean(doc.title()), clean(doc.context()), clean(doc.badge()),
                    snippetText(doc.body())));
        }
        root.put("d", rows);
        root.put("t", new ArrayList<>(postings.keySet()));
        List<Object> lists = new ArrayList<>(postings.size());
        for (List<int[]> list : postings.values()) lists.add(postings(list));
        root.put("p", lists);
        root.put("s", normalisedGroups(synonymGroups));
        return (Json.write(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One term's postings: the count k of documents that have the default score {@value #BODY} (the term once in
     * the body, by far the most common case), their k doc numbers delta-encoded, then (doc, score) pairs for the
     * others, doc numbers delta-encoded on their own.
     */
    static List<Integer> postings(List<int[]> list) {
        List<int[]> plain = list.stream().filter(p -> p[1] == BODY).toList();
        List<int[]> scored = list.stream().filter(p -> p[1] != BODY).toList();
        List<Integer> out = new ArrayList<>(1 + plain.size() + 2 * scored.size());
        out.add(plain.size());
        int previous = 0;
        for (int[] p : plain) {
            out.add(p[0] - previous);
            previous = p[0];
        }
        previous = 0;
        for (int[] p : scored) {
            out.add(p[0] - previous);
            out.add(p[1]);
            previous = p[0];
        }
        return out;
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

    /** Term → integer score of one document (see the class comment for the weights). */
    static Map<String, Integer> termScores(SearchDocument doc) {
        Map<String, Integer> scores = new HashMap<>();
        Set<String> title = new LinkedHashSet<>(FrenchNormalizer.indexTerms(doc.title()));
        Set<String> keywords = new LinkedHashSet<>(FrenchNormalizer.indexTerms(doc.keywords()));
        Set<String> context = new LinkedHashSet<>(FrenchNormalizer.indexTerms(doc.context()));
        Map<String, Integer> bodyCounts = new HashMap<>();
        for (String term : FrenchNormalizer.indexTerms(doc.body())) {
            bodyCounts.merge(term, 1, Integer::sum);
        }
        for (String t : title) {
            scores.merge(t, TITLE, Math::max);
        }
        for (String t : keywords) {
            scores.merge(t, KEYWORDS, Math::max);
        }
        for (String t : context) {
            scores.merge(t, CONTEXT, Integer::sum);
        }
        bodyCounts.forEach((t, count) -> scores.merge(t, Math.min(BODY_MAX, BODY + count - 1), Integer::sum));
        return scores;
    }

    /** Normalises, de-duplicates and sorts synonym groups; drops groups left with fewer than two phrases. */
    static List<List<String>> normalisedGroups(List<List<String>> groups) {
        Set<List<String>> result = new java.util.TreeSet<>(Comparator.comparing((List<String> g) -> String.join("|", g)));
        for (List<String> group : groups) {
            java.util.TreeSet<String> phrases = new java.util.TreeSet<>();
            for (String phrase : group) {
                String normalised = String.join(" ", FrenchNormalizer.queryTerms(phrase));
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

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    static String clean(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** The beginning of the body, cut at a word boundary, with an ellipsis when cut. */
    static String snippetText(String body) {
        String text = clean(body);
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
