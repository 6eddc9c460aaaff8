package org.vademecum.load;

import java.util.List;

/**
 * Every kind of YAML mapping the loader reads, with the keys it accepts, in the order the authoring guide lists
 * them. One registry, so that the unknown-key hints, the JSON Schemas shipped for editors and their test agree:
 * {@link MappingReader} reports any other key, and (with assertions on, as in tests) checks that the loader reads
 * exactly these keys.
 */
public enum MappingKind {
    SITE("site.yaml", "title", "language", "description", "base_url", "content_version", "review_date", "disclaimer",
            "source_document", "navigation", "source_notes", "strings", "urls", "offline"),
    /** {@code offline:} in site.yaml: what a first visit saves for offline use. */
    OFFLINE("offline", "budget"),
    /** {@code urls:} in site.yaml: the folders of the generated pages ({@link org.vademecum.model.UrlSegments}). */
    URLS("urls", org.vademecum.model.UrlSegments.DEFAULTS.keySet().toArray(String[]::new)),
    NAVIGATION_ITEM("navigation item", "title", "link"),
    RECOMMENDATIONS_FILE("recommendations.yaml", "recommendations"),
    RECOMMENDATION("recommendation", "id", "number", "title", "statement", "population", "grade", "rationale",
            "sources", "source_note", "related", "page"),
    GRADES_FILE("grades.yaml", "title", "grades"),
    GRADE("grade", "id", "label", "meaning", "role"),
    RISK_FACTORS_FILE("risk-factors.yaml", "groups"),
    RISK_FACTOR_GROUP("risk-factor group", "id", "title", "summary", "sources", "factors"),
    RISK_FACTOR("risk factor", "label", "detail", "sources"),
    SEQUENCES_FILE("sequences.yaml", "sequences"),
    SEQUENCE("sequence", "id", "title", "steps", "recommendation", "note", "sources"),
    GLOSSARY_FILE("glossary.yaml", "entries"),
    GLOSSARY_ENTRY("glossary entry", "id", "term", "expansion", "definition", "synonyms"),
    BIBLIOGRAPHY_FILE("bibliography.yaml", "references"),
    REFERENCE("reference", "id", "authors", "title", "journal", "year", "volume", "pages", "doi", "pmid", "url", "note"),
    KIT("kit", "title", "date", "intro", "notice", "guide", "sheets"),
    KIT_SHEET("kit sheet", "id", "format", "title", "lead", "blocks", "closing", "more"),
    KIT_BLOCK("kit block", "heading", "text", "items"),
    TREE("tree", "title", "summary", "attribution", "intro", "sources", "start", "variables", "questions", "outcomes",
            "cases"),
    TREE_VARIABLE("variable", "type", "label", "question", "help", "symbol", "unit", "options", "min", "max", "step"),
    TREE_QUESTION("question", "ask", "text", "branches"),
    TREE_BRANCH("branch", "next", "label"),
    TREE_OUTCOME("outcome", "title", "recommendations", "text"),
    TREE_CASE("case", "name", "answers", "outcome", "recommendations"),
    FRONT_MATTER("front matter", "title", "summary", "order", "sources", "recommendations", "trees", "uncertain");

    private final String what;
    private final List<String> keys;

    MappingKind(String what, String... keys) {
        this.what = what;
        this.keys = List.of(keys);
    }

    /** How messages name a mapping of this kind when nothing more precise is known. */
    public String what() {
        return what;
    }

    /** The keys a mapping of this kind accepts. */
    public List<String> keys() {
        return keys;
    }
}
