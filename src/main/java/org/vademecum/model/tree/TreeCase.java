package org.vademecum.model.tree;

import java.util.List;
import org.vademecum.diag.SourcePosition;
import org.vademecum.model.Ref;

/**
 * A worked example the build evaluates: these answers must end at {@code outcome} with exactly these
 * recommendations. A failing case fails the build.
 */
public record TreeCase(String name, List<Answer> answers, Ref outcome, List<Ref> recommendations,
        SourcePosition position) {

    public TreeCase {
        answers = List.copyOf(answers);
        recommendations = List.copyOf(recommendations);
    }

    /** One answer as written: the variable, the value text, and where the value is. */
    public record Answer(String variable, String value, SourcePosition position) {}
}
