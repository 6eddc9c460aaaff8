package org.vademecum.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vademecum.model.GlossaryEntry;

/**
 * Synonym groups for the search, one per glossary entry: its term, its expansion (and the part of the expansion
 * in parentheses, on its own) and its synonyms. A query that contains one phrase of a group also finds documents
 * that contain another ({@code DMO} ↔ {@code densité minérale osseuse}, {@code cortisone} → {@code corticothérapie}).
 */
public final class SynonymGroups {
    private static final Pattern PARENTHESES = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$");

    private SynonymGroups() {}

    public static List<List<String>> fromGlossary(List<GlossaryEntry> glossary) {
        List<List<String>> groups = new ArrayList<>();
        for (GlossaryEntry entry : glossary) {
            List<String> phrases = new ArrayList<>();
            phrases.add(entry.term());
            if (entry.expansion() != null) {
                phrases.addAll(expansionPhrases(entry.expansion()));
            }
            phrases.addAll(entry.synonyms());
            groups.add(phrases);
        }
        return groups;
    }

    /** {@code parathormone (hormone parathyroïdienne)} → {@code parathormone}, {@code hormone parathyroïdienne}. */
    static List<String> expansionPhrases(String expansion) {
        Matcher m = PARENTHESES.matcher(expansion);
        if (m.matches() && !m.group(1).isBlank()) {
            return List.of(m.group(1), m.group(2));
        }
        return List.of(expansion);
    }
}
