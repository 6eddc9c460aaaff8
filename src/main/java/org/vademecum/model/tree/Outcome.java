package org.vademecum.model.tree;

import java.util.List;
import org.vademecum.diag.SourcePosition;
import org.vademecum.model.Ref;

/**
 * An end of the tree: a title, every recommendation that applies (possibly none) and short Markdown text.
 */
public record Outcome(String id, String title, List<Ref> recommendations, String text, SourcePosition position)
        implements Node {

    public Outcome {
        recommendations = List.copyOf(recommendations);
    }

    public List<String> recommendationIds() {
        return recommendations.stream().map(Ref::id).toList();
    }
}
