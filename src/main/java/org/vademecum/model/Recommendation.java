package org.vademecum.model;

import java.util.List;
import org.vademecum.diag.SourcePosition;

/** A graded recommendation. {@code statement} is the recommendation as the source words it. */
public record Recommendation(
        String id,
        Integer number,
        String title,
        String statement,
        String population,
        Grade grade,
        String rationale,
        List<Ref> sources,
        String sourceNote,
        List<Ref> related,
        String page,
        SourcePosition position) {

    public Recommendation {
        sources = List.copyOf(sources);
        related = List.copyOf(related);
    }
}
