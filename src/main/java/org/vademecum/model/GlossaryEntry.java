package org.vademecum.model;

import java.util.List;
import org.vademecum.diag.SourcePosition;

/** An abbreviation (it has an {@code expansion}) or a term; {@code synonyms} also feed search. */
public record GlossaryEntry(
        String id, String term, String expansion, String definition, List<String> synonyms, SourcePosition position) {

    public GlossaryEntry {
        synonyms = List.copyOf(synonyms);
    }

    public boolean abbreviation() {
        return expansion != null;
    }
}
