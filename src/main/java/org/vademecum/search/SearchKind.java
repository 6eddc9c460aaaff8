package org.vademecum.search;

/**
 * What a search result is. {@code code} is written in the index and read by search.js (the label shown with a
 * result is the interface string {@code search.kind.<code>}); {@code boost} multiplies the score of the whole document at query time
 * (a recommendation above a passing mention in a page).
 */
public enum SearchKind {
    RECOMMENDATION("recommandation", 1.3),
    GLOSSARY("glossaire", 1.2),
    TREE("arbre", 1.3),
    OUTCOME("issue", 0.9),
    RISK_FACTORS("facteurs", 1.2),
    SEQUENCE("sequence", 1.1),
    PAGE("page", 1.2),
    SECTION("section", 1.0),
    REFERENCE("reference", 0.6);

    private final String code;
    private final double boost;

    SearchKind(String code, double boost) {
        this.code = code;
        this.boost = boost;
    }

    public String code() {
        return code;
    }

    public double boost() {
        return boost;
    }
}
