package org.vademecum.search;

/**
 * What a search result is. {@code code} is written in the index and read by search.js; {@code label} is the
 * French text shown with the result; {@code boost} multiplies the score of the whole document at query time
 * (a recommendation above a passing mention in a page).
 */
public enum SearchKind {
    RECOMMENDATION("recommandation", "Recommandation", 1.3),
    GLOSSARY("glossaire", "Glossaire", 1.2),
    TREE("arbre", "Arbre décisionnel", 1.3),
    OUTCOME("issue", "Issue d’arbre décisionnel", 0.9),
    RISK_FACTORS("facteurs", "Facteurs de risque", 1.2),
    SEQUENCE("sequence", "Séquence thérapeutique", 1.1),
    PAGE("page", "Page", 1.2),
    SECTION("section", "Section", 1.0),
    REFERENCE("reference", "Référence", 0.6);

    private final String code;
    private final String label;
    private final double boost;

    SearchKind(String code, String label, double boost) {
        this.code = code;
        this.label = label;
        this.boost = boost;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public double boost() {
        return boost;
    }
}
