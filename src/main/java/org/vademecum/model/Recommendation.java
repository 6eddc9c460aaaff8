package org.vademecum.model;

import java.util.List;
import org.vademecum.diag.SourcePosition;

/**
 * A graded recommendation. {@code statement} is the recommendation as the source words it; {@code gradeId} is the
 * id of its grade in the site's {@link GradeScale}.
 */
public record Recommendation(
        String id,
        Integer number,
        String title,
        String statement,
        String population,
        String gradeId,
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
