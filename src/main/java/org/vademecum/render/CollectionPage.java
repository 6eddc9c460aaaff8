package org.vademecum.render;

import org.vademecum.model.SiteContent;

/**
 * The pages generated from a collection of the content (issue 11): each exists only when its collection has at
 * least one item. This is the one decision that the renderer (the page), the home page (its tile), the layout
 * (footer and search page links) and the link checker (its hint) all ask, so a page and its links never disagree.
 */
public enum CollectionPage {
    RECOMMENDATIONS("recommendations", ViewFactory.RECOMMENDATIONS, "recommendations.title", "home.allRecommendations",
            "content/recommendations.yaml is absent or lists no recommendation"),
    RISK_FACTORS("riskFactors", ViewFactory.RISK_FACTORS, "riskFactors.title", "home.riskFactors",
            "content/risk-factors.yaml is absent or lists no group"),
    SEQUENCES("sequences", ViewFactory.SEQUENCES, "sequences.title", "sequences.title",
            "content/sequences.yaml is absent or lists no sequence"),
    GLOSSARY("glossary", ViewFactory.GLOSSARY, "glossary.title", "home.glossary",
            "content/glossary.yaml is absent or lists no entry"),
    BIBLIOGRAPHY("bibliography", ViewFactory.BIBLIOGRAPHY, "bibliography.title", "home.bibliography",
            "content/bibliography.yaml is absent or lists no reference"),
    /** The trees index; its home entries are the trees themselves, so it has no tile of its own. */
    TREES("trees", ViewFactory.TREES, "tree.index.title", null, "content/trees/ holds no decision tree");

    /** Key of the page in {@code site.collections}. */
    public final String key;
    /** Site path of the page. */
    public final String url;
    /** Interface string of the page's title. */
    public final String titleKey;
    /** Interface string of its home tile, or null for no tile. */
    public final String tileKey;
    /** Why the page is absent, for the link checker's hint. */
    public final String whyAbsent;

    CollectionPage(String key, String url, String titleKey, String tileKey, String whyAbsent) {
        this.key = key;
        this.url = url;
        this.titleKey = titleKey;
        this.tileKey = tileKey;
        this.whyAbsent = whyAbsent;
    }

    /** True when the collection has at least one item, and so the page exists. */
    public boolean presentIn(SiteContent content) {
        return switch (this) {
            case RECOMMENDATIONS -> !content.recommendations().isEmpty();
            case RISK_FACTORS -> !content.riskFactorGroups().isEmpty();
            case SEQUENCES -> !content.sequences().isEmpty();
            case GLOSSARY -> !content.glossary().isEmpty();
            case BIBLIOGRAPHY -> !content.references().isEmpty();
            case TREES -> !content.trees().isEmpty();
        };
    }
}
