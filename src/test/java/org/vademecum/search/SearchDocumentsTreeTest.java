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
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.vademecum.diag.Diagnostics;
import org.vademecum.html.RenderedPage;
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
            List<SearchDocument> docs = SearchDocuments.treeDocuments(content, Map.of(), tree);
            assertEquals(1 + tree.outcomes().size(), docs.size());
            SearchDocument first = docs.get(0);
            assertEquals("/arbres/" + tree.id() + "/", first.url());
            assertEquals(SearchKind.TREE, first.kind());
            assertFalse(first.keywords().isBlank(), "questions are searchable");
            for (Outcome o : tree.outcomes().values()) {
                assertTrue(docs.stream().anyMatch(d -> d.kind() == SearchKind.OUTCOME
                        && d.url().equals("/arbres/" + tree.id() + "/#" + o.id()) && d.context().equals(tree.title())),
                        o.id());
            }
        }
    }

    @Test
    void outcomesUseTheAnchorsOfTheRenderedTreePage() {
        SiteContent content = realContent();
        assumeFalse(content.trees().isEmpty(), "no decision tree in content/trees yet");
        DecisionTree tree = content.trees().get(0);
        String url = "/arbres/" + tree.id() + "/";
        StringBuilder html = new StringBuilder("<main><h1>x</h1>");
        tree.outcomes().keySet().forEach(id -> html.append("<section id=\"resultat-").append(id).append("\"></section>"));
        RenderedPage page = new RenderedPage(url, "tree", tree.title(), Jsoup.parse(html + "</main>"));
        List<SearchDocument> docs = SearchDocuments.treeDocuments(content, Map.of(url, SearchDocuments.IndexedPage.of(page)), tree);
        for (String id : tree.outcomes().keySet()) {
            assertTrue(docs.stream().anyMatch(d -> d.url().equals(url + "#resultat-" + id)), id);
        }
    }

    @Test
    void outcomesLinkToTheTreeWhenItsPageHasNoSuchAnchor() {
        SiteContent content = realContent();
        assumeFalse(content.trees().isEmpty(), "no decision tree in content/trees yet");
        DecisionTree tree = content.trees().get(0);
        String url = "/arbres/" + tree.id() + "/";
        RenderedPage page = new RenderedPage(url, "tree", tree.title(), Jsoup.parse("<main><h1>x</h1></main>"));
        List<SearchDocument> docs = SearchDocuments.treeDocuments(content, Map.of(url, SearchDocuments.IndexedPage.of(page)), tree);
        assertTrue(docs.stream().allMatch(d -> d.url().equals(url)));
    }

    @Test
    void realContentIndexIsSmallAndDeterministic() {
        SiteContent content = realContent();
        byte[] a = new SearchIndexBuilder(Fixtures.frenchStrings()).build(content, List.of());
        byte[] b = new SearchIndexBuilder(Fixtures.frenchStrings()).build(realContent(), List.of());
        assertEquals(new String(a, StandardCharsets.UTF_8), new String(b, StandardCharsets.UTF_8));
        assertTrue(a.length < 150 * 1024, a.length + " bytes");
    }
}
