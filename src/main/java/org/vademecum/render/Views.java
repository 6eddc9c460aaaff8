package org.vademecum.render;

import java.util.List;

/**
 * What templates receive: plain records with display-ready values, never services or the content model.
 * Fields that hold HTML end in {@code Html} and are already safe (sanitised Markdown or built by us).
 */
public final class Views {
    private Views() {}

    public record Link(String title, String href) {}

    /**
     * Site-wide facts for the layout. {@code kit} is the World Osteoporosis Day kit's link (its title and
     * {@code /journee-mondiale/}), or null when the project has no kit; the layout appends it to the navigation.
     * {@code hasTrees}: the site has decision trees (and so the page {@code /arbres/}). {@code collections}: the
     * collection pages that exist (a collection that is empty or absent has none), by key ({@code recommendations},
     * {@code riskFactors}, {@code sequences}, {@code glossary}, {@code bibliography}, {@code trees}) with their
     * titles; the theme links to one only when it is there ({@code <#if site.collections.glossary??>}).
     * {@code urls}: the site path of every generated page by key ({@code site.urls.search}, {@code site.urls.about};
     * {@code urls:} in site.yaml), so that templates never write an address.
     */
    public record SiteView(String title, String language, String description, String baseUrl, String contentVersion,
                           String reviewDate, String reviewDateText, String disclaimer, String sourceDocument,
                           List<Link> navigation, Link kit, boolean hasTrees, java.util.Map<String, Link> collections,
                           java.util.Map<String, String> urls) {}

    /**
     * Per-page facts for the layout: {@code url} is the site path, {@code section} the top navigation entry to mark;
     * {@code indexed} false asks search engines not to index the page ({@link Route.Indexing#NOINDEX}).
     */
    public record Meta(String title, String url, String description, String kind, List<Link> breadcrumbs,
                       String section, String canonical, boolean indexed) {}

    /**
     * A grade as shown: {@code key} is its id (CSS class {@code grade-<key>}, anchor), {@code tone} its colour role,
     * {@code href} where the grade scale is explained (the about page).
     */
    public record GradeView(String key, String label, String meaning, String tone, String href) {}

    public record CitationView(String id, String label, String href) {}

    public record RecommendationView(String id, Integer number, String title, String statement, String population,
                                     GradeView grade, String rationaleHtml, List<CitationView> sources,
                                     String sourceNote, List<Link> related, Link page, List<Link> trees,
                                     String href) {}

    public record ReferenceView(String id, String label, String authors, String title, String journal, Integer year,
                                String volume, String pages, String doi, String pmid, String url, String note,
                                List<Link> citedBy, String href) {}

    public record RiskFactorView(String label, String detail, List<CitationView> sources) {}

    public record RiskFactorGroupView(String id, String title, String summary, List<CitationView> sources,
                                      List<RiskFactorView> factors, String href) {}

    public record SequenceView(String id, String title, List<String> steps, RecommendationView recommendation,
                               String noteHtml, List<CitationView> sources, String href) {}

    public record GlossaryEntryView(String id, String term, String expansion, String definitionHtml,
                                    List<String> synonyms, String href) {}

    public record GlossaryLetter(String letter, List<GlossaryEntryView> entries) {}

    public record PageLink(String title, String href, String summary) {}

    public record SectionView(String title, String href, String summary, String introHtml, List<PageLink> pages) {}

    /** A Markdown page; {@code prev}/{@code next} walk its section in reading order (null at the ends). */
    public record ContentPageView(String title, String summary, String uncertain, String contentHtml,
                                  List<ReferenceView> sources, List<RecommendationView> recommendations,
                                  List<Link> trees, PageLink prev, PageLink next) {}

    /**
     * The home page. {@code tiles}: links to the collection pages that exist (recommendations, risk factors,
     * sequences, glossary, bibliography), with the home page's wording; a collection without a page has no tile.
     */
    public record HomeView(String introHtml, List<SectionView> sections, List<Link> trees, List<Link> tiles) {}

    // What each page template receives: the components of its view become the template's variables.

    public record HomePage(HomeView home) implements PageView {}

    public record SectionPage(SectionView section) implements PageView {}

    public record ContentPage(ContentPageView page) implements PageView {}

    public record RecommendationsPage(List<RecommendationView> recommendations, List<GradeView> grades,
                                      String gradeScaleTitle) implements PageView {}

    public record RiskFactorsPage(List<RiskFactorGroupView> groups) implements PageView {}

    public record SequencesPage(List<SequenceView> sequences) implements PageView {}

    public record GlossaryPage(List<GlossaryLetter> letters) implements PageView {}

    public record BibliographyPage(List<ReferenceView> references) implements PageView {}

    /** {@code sourceNotes}: the paragraphs of {@code source_notes} in site.yaml, as safe HTML. */
    public record AboutPage(List<GradeView> grades, List<ReferenceView> references, List<String> sourceNotes)
            implements PageView {}

    /** The trees index: one line per tree. */
    public record TreesPage(List<org.vademecum.trees.TreeIndexEntry> trees) implements PageView {}

    /** A tree page: {@code recs} maps each recommendation id its outcomes name to its card. */
    public record TreePage(org.vademecum.trees.TreePageView tree, java.util.Map<String, RecommendationView> recs,
                           List<CitationView> sources) implements PageView {}

    /** A page whose template needs nothing beyond the layout's {@code site}, {@code meta} and strings. */
    public record NoView() implements PageView {}
}
