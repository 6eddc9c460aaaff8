package org.vademecum.model;

import java.util.List;
import org.vademecum.diag.SourcePosition;

/** Treatments to be given one after the other, and the recommendation that asks for it. */
public record TherapeuticSequence(
        String id, String title, List<String> steps, Ref recommendation, String note, List<Ref> sources,
        SourcePosition position) {

    public TherapeuticSequence {
        steps = List.copyOf(steps);
        sources = List.copyOf(sources);
    }
}
