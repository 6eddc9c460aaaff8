package org.vademecum.render;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.vademecum.model.SiteContent;
import org.vademecum.model.SitePath;
import org.vademecum.model.UrlSegments;

/**
 * The pages generated from a collection of the content, each the {@link RouteSource} of its page. A page exists
 * only when its collection has at least one item: the one decision that the route list, the home page (its tile),
 * the layout (footer and search page links) and the link checker (its hint) all ask, so a page and its links never
 * disagree. The trees index is listed for its links and hint; its pages come from the trees' own route source.
 */
public enum CollectionPage implements RouteSource {
    RECOMMENDATIONS("recommendations", "recommendations", "recommendations", "home.allRecommendations",
            "content/recommendations.yaml is absent or lists no recommendation", c -> !c.recommendations().isEmpty(),
            v -> new Views.RecommendationsPage(v.recommendations(), v.grades(), v.gradeScaleTitle()), "recommendations.intro"),
    RISK_FACTORS("riskFactors", "risk_factors", "risk-factors", "home.riskFactors",
            "content/risk-factors.yaml is absent or lists no group", c -> !c.riskFactorGroups().isEmpty(),
            v -> new Views.RiskFactorsPage(v.riskFactorGroups()), null),
    SEQUENCES("sequences", "sequences", "sequences", "sequences.title",
            "content/sequences.yaml is absent or lists no sequence", c -> !c.sequences().isEmpty(),
            v -> new Views.SequencesPage(v.sequences()), null),
    GLOSSARY("glossary", "glossary", "glossary", "home.glossary",
            "content/glossary.yaml is absent or lists no entry", c -> !c.glossary().isEmpty(),
            v -> new Views.GlossaryPage(v.glossaryByLetter()), null),
    BIBLIOGRAPHY("bibliography", "bibliography", "bibliography", "home.bibliography",
            "content/bibliography.yaml is absent or lists no reference", c -> !c.references().isEmpty(),
            v -> new Views.BibliographyPage(v.references()), null),
    /** The trees index; its home entries are the trees themselves, so it has no tile of its own. */
    TREES("trees", "trees", "trees", null, "content/trees/ holds no decision tree", c -> !c.trees().isEmpty(),
            null, null);

    /** Key of the page in {@code site.collections}; its strings are {@code <key>.title} and {@code <key>.description}. */
    public final String key;
    /** Key of its folder in {@code urls:} ({@link UrlSegments}). */
    public final String urlKey;
    /** The page kind, and its template {@code <kind>.ftlh}. */
    public final String kind;
    /** Interface string of the page's title. */
    public final String titleKey;
    /** Interface string of its home tile, or null for no tile. */
    public final String tileKey;
    /** Why the page is absent, for the link checker's hint. */
    public final String whyAbsent;
    private final Predicate<SiteContent> present;
    private final Function<ViewFactory, PageView> view;
    /** Interface string of the lead sentence search shows for the page; null when it is the description. */
    private final String leadKey;

    CollectionPage(String key, String urlKey, String kind, String tileKey, String whyAbsent,
                   Predicate<SiteContent> present, Function<ViewFactory, PageView> view, String leadKey) {
        this.key = key;
        this.urlKey = urlKey;
        this.kind = kind;
        this.titleKey = key.equals("trees") ? "tree.index.title" : key + ".title";
        this.tileKey = tileKey;
        this.whyAbsent = whyAbsent;
        this.present = present;
        this.view = view;
        this.leadKey = leadKey;
    }

    /** Site path of the page. */
    public SitePath path(UrlSegments urls) {
        return urls.path(urlKey);
    }

    /** True when the collection has at least one item, and so the page exists. */
    public boolean presentIn(SiteContent content) {
        return present.test(content);
    }

    @Override
    public List<Route> routes(RouteContext context) {
        if (view == null || !presentIn(context.content())) return List.of();
        InterfaceStrings strings = context.strings();
        String description = strings.get(key + ".description");
        return List.of(Route.of(path(context.urls()), kind, strings.get(titleKey), description, view.apply(context.views()))
                .withLead(leadKey == null ? description : strings.get(leadKey)));
    }
}
