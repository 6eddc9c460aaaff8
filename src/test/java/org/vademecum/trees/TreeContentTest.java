package org.vademecum.trees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vademecum.diag.Diagnostic;
import org.vademecum.diag.Diagnostics;
import org.vademecum.load.ContentLoader;
import org.vademecum.model.SiteContent;
import org.vademecum.model.tree.DecisionTree;

/** The five trees of content/: they load, verify, and keep the ids other tools rely on. */
class TreeContentTest {
    static SiteContent content() {
        Path project = Path.of(System.getProperty("vademecum.projectDir", "."));
        Diagnostics d = new Diagnostics();
        SiteContent content = new ContentLoader(project, d).load();
        List<Diagnostic> treeErrors = d.list().stream().filter(x -> x.position().path().startsWith("content/trees/")).toList();
        assertTrue(treeErrors.isEmpty(), () -> Diagnostics.report(treeErrors));
        return content;
    }

    @Test
    void treesVerifyWithoutErrors() {
        SiteContent content = content();
        Diagnostics d = new Diagnostics();
        TreeVerifier.verifyAll(content, d);
        assertFalse(d.hasErrors(), () -> Diagnostics.report(d.list()));
    }

    @Test
    void fiveTreesWithTheFixedIds() {
        SiteContent content = content();
        assertEquals(Set.of("indication-traitement", "choix-traitement", "arret-traitement", "sequence-therapeutique",
                "imagerie-rachis"), Set.copyOf(content.trees().stream().map(DecisionTree::id).toList()));
        DecisionTree indication = content.findTree("indication-traitement").orElseThrow();
        assertEquals(Set.of("traiter", "avis-specialiste", "pas-de-traitement"), indication.outcomes().keySet());
        assertTrue(content.findTree("imagerie-rachis").orElseThrow().outcomes().containsKey("imagerie-rachis-indiquee"));
    }
}
