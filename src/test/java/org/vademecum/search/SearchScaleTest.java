package org.vademecum.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vademecum.testing.Fixtures;

/**
 * Issue 10: on a 1,000-page site, what search.js fetches before it shows the first results of a query stays under
 * 150 KB gzip. Computed from the index files and their maps (an upper bound, see
 * {@link SearchIndexFiles#filesBeforeFirstResults}), not timed: the whole query set of the real guide, as typed
 * and by its prefixes, on the synthetic site made of the guide's vocabulary and glossary.
 */
class SearchScaleTest {
    static final int BUDGET = 150 * 1024;

    @Test
    void atAThousandPagesAQueryFetchesAtMost150KbGzipBeforeItsFirstResults() throws IOException {
        Path project = Path.of(System.getProperty("vademecum.projectDir", ".")).toAbsolutePath().normalize();
        List<SearchDocument> docs = SyntheticSite.documents(project, 1000, 42);
        SearchIndexFiles index = SearchIndexFiles.of(new SearchIndexBuilder(Fixtures.frenchStrings())
                .build(docs, SynonymGroups.fromGlossary(SyntheticSite.glossary(project)), FrenchNormalizer.RULES));
        List<String> queries = new ArrayList<>(SearchBenchmark.queryFile());
        queries.addAll(SearchBenchmark.EXTRA_QUERIES);
        int whole = index.gzip(index.files.keySet());
        String worst = null;
        int worstBytes = 0;
        for (String query : queries) {
            // 8 results in the header's list, the first 10 on the results page (then the rest, up to 50)
            for (int shown : new int[] {8, 10}) {
                Set<String> files = index.filesBeforeFirstResults(query, shown);
                int bytes = index.gzip(files);
                if (bytes > worstBytes) {
                    worstBytes = bytes;
                    worst = query + " (" + shown + " results, " + files.size() + " files)";
                }
            }
        }
        assertTrue(docs.size() > 5000, docs.size() + " documents");
        assertTrue(worstBytes <= BUDGET, worst + ": " + worstBytes + " bytes gzip, over " + BUDGET);
        assertTrue(whole > 2 * BUDGET, "the test site is large enough to need the split: " + whole);
        System.out.printf("search at 1000 pages: %d documents, %d terms, whole index %d KB gzip, worst first query %s %d KB gzip%n",
                docs.size(), index.terms.size(), whole / 1024, worst, worstBytes / 1024);
    }
}
