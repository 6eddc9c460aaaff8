package org.vademecum.model;

import java.util.List;
import java.util.Optional;
import org.vademecum.model.tree.DecisionTree;

/**
 * Everything loaded from {@code content/}, in a stable order. Immutable. {@code kit} (the World Osteoporosis Day
 * kit, {@code content/kit.yaml}) is null when the project has none: use {@link #findKit()}. {@code authorGrades}
 * ({@code content/grades.yaml}) is null when the project keeps the default scale: use {@link #gradeScale}.
 */
public record SiteContent(
        SiteConfig config,
        List<Page> pages,
        List<Recommendation> recommendations,
        List<RiskFactorGroup> riskFactorGroups,
        List<TherapeuticSequence> sequences,
        List<GlossaryEntry> glossary,
        List<Reference> references,
        List<DecisionTree> trees,
        Kit kit,
        GradeScale authorGrades) {

    public SiteContent {
        pages = List.copyOf(pages);
        recommendations = List.copyOf(recommendations);
        riskFactorGroups = List.copyOf(riskFactorGroups);
        sequences = List.copyOf(sequences);
        glossary = List.copyOf(glossary);
        references = List.copyOf(references);
        trees = List.copyOf(trees);
    }

    /** The same content with other pages (edited versions of them, in {@code serve}). */
    public SiteContent withPages(List<Page> edited) {
        return new SiteContent(config, edited, recommendations, riskFactorGroups, sequences, glossary, references, trees,
                kit, authorGrades);
    }

    public Optional<Kit> findKit() {
        return Optional.ofNullable(kit);
    }

    /** The site's grade scale: the author's, or the default worded by {@code strings} (interface strings by key). */
    public GradeScale gradeScale(java.util.function.Function<String, String> strings) {
        return authorGrades != null ? authorGrades : GradeScale.defaultScale(strings);
    }

    public Optional<Recommendation> findRecommendation(String id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Reference> findReference(String id) {
        return references.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<GlossaryEntry> findGlossaryEntry(String id) {
        return glossary.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<RiskFactorGroup> findRiskFactorGroup(String id) {
        return riskFactorGroups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<TherapeuticSequence> findSequence(String id) {
        return sequences.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<DecisionTree> findTree(String id) {
        return trees.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
