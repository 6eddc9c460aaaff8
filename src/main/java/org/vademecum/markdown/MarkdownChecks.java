package org.vademecum.markdown;

import java.util.HashSet;
import java.util.Set;
import org.vademecum.diag.Diagnostics;
import org.vademecum.model.GlossaryEntry;
import org.vademecum.model.Page;
import org.vademecum.model.Recommendation;
import org.vademecum.model.SiteContent;
import org.vademecum.model.TherapeuticSequence;
import org.vademecum.model.tree.DecisionTree;
import org.vademecum.model.tree.Outcome;
import org.vademecum.model.tree.Variable;

/**
 * Checks every Markdown text of the site before anything is rendered (gate 1): page bodies at their exact line
 * and column, and the Markdown fields of YAML entries (recommendation {@code rationale}, sequence {@code note},
 * glossary {@code definition}, {@code source_notes} of site.yaml, tree {@code intro}, variable {@code help}, outcome {@code text}) at their entry.
 * Problems go to the collector; never throws.
 */
public final class MarkdownChecks {
    private final MarkdownRenderer markdown;
    private final Set<String> themeIds;
    private final Diagnostics diagnostics;

    public MarkdownChecks(MarkdownRenderer markdown, Set<String> themeIds, Diagnostics diagnostics) {
        this.markdown = markdown;
        this.themeIds = Set.copyOf(themeIds);
        this.diagnostics = diagnostics;
    }

    public void checkAll(SiteContent content) {
        checkPages(content.pages());
        for (String note : content.config().sourceNotes()) {
            field(note, org.vademecum.diag.SourcePosition.file("content/site.yaml"), "source_notes", themeIds);
        }
        // Data pages carry their entries' ids as anchors, so raw ids in fields must avoid those too.
        Set<String> dataIds = new HashSet<>(themeIds);
        content.recommendations().forEach(r -> dataIds.add(r.id()));
        content.sequences().forEach(s -> dataIds.add(s.id()));
        content.glossary().forEach(g -> dataIds.add(g.id()));
        content.references().forEach(r -> dataIds.add(r.id()));
        for (Recommendation r : content.recommendations()) field(r.rationale(), r.position(), "rationale", dataIds);
        for (TherapeuticSequence s : content.sequences()) field(s.note(), s.position(), "note", dataIds);
        for (GlossaryEntry g : content.glossary()) field(g.definition(), g.position(), "definition", dataIds);
        for (DecisionTree t : content.trees()) {
            field(t.intro(), t.position(), "intro", themeIds);
            for (Variable v : t.variables().values()) field(v.help(), v.position(), "help", themeIds);
            for (Outcome o : t.outcomes().values()) field(o.text(), o.position(), "text", themeIds);
        }
    }

    /** The bodies of {@code pages} alone: what {@code serve} checks again when only those pages were edited. */
    public void checkPages(java.util.List<Page> pages) {
        // Pages are independent and the collector sorts what it gets: they are checked in parallel.
        pages.parallelStream().filter(p -> p.markdown() != null && p.bodyStart() != null).forEach(p ->
                markdown.check(p.markdown(), MarkdownSource.page(p.bodyStart()), themeIds, diagnostics));
    }

    private void field(String text, org.vademecum.diag.SourcePosition at, String name, Set<String> reserved) {
        if (text == null || at == null) return;
        markdown.check(text, MarkdownSource.field(at, name), reserved, diagnostics);
    }
}
