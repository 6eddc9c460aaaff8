package org.vademecum.search;

import org.vademecum.testing.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vademecum.diag.Diagnostics;
import org.vademecum.load.ContentLoader;
import org.vademecum.model.SiteContent;
import org.vademecum.model.tree.DecisionTree;
import org.vademecum.model.tree.Outcome;

/** Trees and their outcomes in the index, on the real trees of content/trees. */
class SearchDocumentsTreeTest {

    static SiteContent realContent() {
        return new ContentLoader(Path.of(System.getProperty("vademecum.projectDir", ".")), new Diagnostics()).load();
    }

    @Test
    void eachTreeAndEachOutcomeIsADocumentAtItsAnchor() {
        SiteContent content = realContent();
        assumeFalse(content.trees().isEmpty(), "no decision tree in content/trees yet");
        for (DecisionTree tree : content.trees()) {
            List<SearchDocument> docs = SearchDocuments.treeDocuments(content, tree);
            assertEquals(1 + tree.outcomes().size(), docs.size());
            SearchDocument first = docs.get(0);
            assertEquals("/arbres/" + tree.id() + "/", first.url());
            assertEquals(SearchKind.TREE, first.kind());
            assertFalse(first.keywords().isBlank(), "questions are searchable");
            for (Outcome o : tree.outcomes().values()) {
                assertTrue(docs.stream().anyMatch(d -> d.kind() == SearchKind.OUTCOME
                        && d.url().equals("/arbres/" + tree.id() + "/#resultat-" + o.id()) && d.context().equals(tree.title())),
                        o.id());
            }
        }
    }

    @Test
    void realContentIndexIsSmallAndDeterministic() {
        SiteContent content = realContent();
        Map<String, String> a = SearchIndexBuilderTest.texts(new SearchIndexBuilder(Fixtures.frenchStrings()).build(content, List.of()));
        Map<String, String> b = SearchIndexBuilderTest.texts(new SearchIndexBuilder(Fixtures.frenchStrings()).build(realContent(), List.of()));
        assertEquals(a, b);
        int bytes = a.values().stream().mapToInt(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        assertTrue(bytes < 150 * 1024, bytes + " bytes");
    }
}
