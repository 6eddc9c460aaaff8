package org.vademecum.search;

import java.util.Objects;

/**
 * One thing a reader can find: a page section, a recommendation, a glossary entry... {@code url} is root-relative
 * and usually carries the anchor ({@code /glossaire/#dmo}). {@code title} is shown and weighs most;
 * {@code keywords} are searched with nearly the same weight but never shown (synonyms, abbreviation expansions,
 * risk-factor labels); {@code context} is shown above the title (the page of a section) and weighs a little;
 * {@code body} is searched and its beginning is kept in the index for snippets. {@code badge} is shown as text
 * ({@code Grade A}); empty when none. Null arguments are rejected; use empty strings.
 */
public record SearchDocument(
        String url, SearchKind kind, String title, String context, String badge, String keywords, String body) {

    public SearchDocument {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(badge, "badge");
        Objects.requireNonNull(keywords, "keywords");
        Objects.requireNonNull(body, "body");
    }
}
