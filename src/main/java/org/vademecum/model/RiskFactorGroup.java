package org.vademecum.model;

import java.util.List;
import org.vademecum.diag.SourcePosition;

/** A titled list of risk factors that share their sources. */
public record RiskFactorGroup(
        String id, String title, String summary, List<Ref> sources, List<RiskFactor> factors, SourcePosition position) {

    public RiskFactorGroup {
        sources = List.copyOf(sources);
        factors = List.copyOf(factors);
    }

    /** One factor; {@code sources} empty means "those of the group". */
    public record RiskFactor(String label, String detail, List<Ref> sources) {
        public RiskFactor {
            sources = List.copyOf(sources);
        }
    }
}
