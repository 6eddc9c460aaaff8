package org.vademecum.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vademecum.markdown.MarkdownRenderer;
import org.vademecum.model.Shortcode;
import org.vademecum.model.GlossaryEntry;
import org.vademecum.model.Grade;
import org.vademecum.model.GradeScale;
import org.vademecum.model.Page;
import org.vademecum.model.Recommendation;
import org.vademecum.model.Ref;
import org.vademecum.model.Reference;
import org.vademecum.model.RiskFactorGroup;
import org.vademecum.model.SiteConfig;
import org.vademecum.model.SiteContent;
import org.vademecum.model.TherapeuticSequence;
import org.vademecum.model.UrlSegments;
import org.vademecum.render.Views.*;

/** Turns the content model into the display-ready view records that templates receive. */
public final class ViewFactory {
    private final SiteContent content;
    private final UrlSegments urls;
    private final InterfaceStrings strings;
    private final MarkdownRenderer markdown;
    private final Map<String, List<Link>> citedBy;
    private final Map<String, Link> recommendationPages;
    private final GradeScale gradeScale;

    public ViewFactory(SiteContent content, InterfaceStrings strings, MarkdownRenderer markdown) {
        this.content = content;
        this.urls = content.config().urls();
        this.strings = strings;
        this.markdown = markdown;
        this.citedBy = citations(content);
        this.recommendationPages = recommendationPages(content);
        this.gradeScale = content.gradeScale(strings::get);
    }

    /** The Markdown renderer the views use, for stages that render Markdown of their own (trees). */
    public MarkdownRenderer markdown() {
        return markdown;
    }

    public InterfaceStrings strings() {
        return strings;
    }

    /** The addresses of the generated pages ({@code urls:} in site.yaml). */
    public UrlSegments urls() {
        return urls;
    }

    /**
     * For each recommendation id, the page its card links to as explaining it (its {@code page:}, else the first
     * page that shows or cites it), with that page's title: all that a card shows of the Markdown pages.
     */
    public Map<String, Link> explainingPages() {
        Map<String, Link> out = new TreeMap<>();
        for (Recommendation r : content.recommendations()) {
            Link page = explainingPage(r);
            if (page != null) out.put(r.id(), page);
        }
        return out;
    }

    private Link explainingPage(Recommendation r) {
        return r.page() != null ? new Link(pageTitle(r.page()), r.page()) : recommendationPages.get(r.id());
    }

    public String treeUrl(String id) {
        return urls.tree(id).value();
    }

    public SiteView site() {
        SiteConfig c = content.config();
        List<Link> nav = c.navigation().stream().map(n -> new Link(n.title(), n.link())).toList();
        return new SiteView(c.title(), c.language(), c.description(), c.baseUrl(), c.contentVersion(), c.reviewDate(),
                dateText(c.reviewDate()), c.disclaimer(), c.sourceDocument(), nav,
                content.findKit().map(k -> new Link(k.title(), urls.kit().value())).orElse(null),
                has(CollectionPage.TREES), collections(), urls.byTemplateKey());
    }

    /** True when the page of this collection exists (its collection is not empty). */
    public boolean has(CollectionPage page) {
        return page.presentIn(content);
    }

    /**
     * The collection pages that exist, in the theme's order, by {@link CollectionPage#key}, each with its title:
     * what the layout links to ({@code site.collections.glossary??}).
     */
    public Map<String, Link> collections() {
        Map<String, Link> out = new LinkedHashMap<>();
        for (CollectionPage c : CollectionPage.values()) {
            if (has(c)) out.put(c.key, new Link(strings.get(c.titleKey), c.path(urls).value()));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The home page's tiles to the collection pages that exist, in the theme's order. */
    public List<Link> homeTiles() {
        return java.util.Arrays.stream(CollectionPage.values()).filter(c -> c.tileKey != null && has(c))
                .map(c -> new Link(strings.get(c.tileKey), c.path(urls).value())).toList();
    }

    /** Site path of each collection page that does not exist, to why (for the link checker's hint). */
    public Map<String, String> absentCollections() {
        Map<String, String> out = new LinkedHashMap<>();
        for (CollectionPage c : CollectionPage.values()) if (!has(c)) out.put(c.path(urls).value(), c.whyAbsent);
        return out;
    }

    /**
     * "2026-11-29" in the site's language, by the pattern {@code format.date} of the strings file and its month
     * names: "29 novembre 2026", "29 November 2026". Read from the text alone: no locale, no time zone.
     */
    public String dateText(String iso) {
        if (iso == null || !iso.matches("\\d{4}-\\d{2}-\\d{2}")) return iso == null ? "" : iso;
        return strings.get("format.date")
                .replace("{day}", String.valueOf(Integer.parseInt(iso.substring(8))))
                .replace("{month}", strings.get("month." + Integer.parseInt(iso.substring(5, 7))))
                .replace("{year}", iso.substring(0, 4));
    }

    public GradeView grade(Grade g) {
        return new GradeView(g.id(), g.label(), g.meaning(), g.role().key(), urls.about().anchor("grades"));
    }

    /** The paragraphs of {@code source_notes} in site.yaml as HTML, for the about page. */
    public List<String> sourceNotes() {
        return content.config().sourceNotes().stream().map(md -> markdown.render(md).strip()).toList();
    }

    /** The site's grade scale, in its order. */
    public List<GradeView> grades() {
        return gradeScale.grades().stream().map(this::grade).toList();
    }

    /** The name of the site's grade scale; an author's scale without a title is called by the generic words. */
    public String gradeScaleTitle() {
        return gradeScale.title() != null ? gradeScale.title() : strings.get("about.grades");
    }

    public RecommendationView recommendation(Recommendation r) {
        List<Link> related = r.related().stream().flatMap(ref -> content.findRecommendation(ref.id()).stream())
                .map(x -> new Link(x.title(), urls.recommendations().anchor(x.id()))).toList();
        Link page = explainingPage(r);
        List<Link> trees = content.trees().stream().filter(t -> org.vademecum.trees.TreeLinks.cites(t, r.id()))
                .map(t -> new Link(t.title(), treeUrl(t.id()))).toList();
        return new RecommendationView(r.id(), r.number(), r.title(), r.statement(), r.population(),
                grade(gradeScale.require(r.gradeId())),
                r.rationale() == null ? null : markdown.render(r.rationale()), citations(r.sources()), r.sourceNote(),
                related, page, trees, urls.recommendations().anchor(r.id()));
    }

    public List<RecommendationView> recommendations() {
        return content.recommendations().stream().map(this::recommendation).toList();
    }

    public CitationView citation(Reference ref) {
        return new CitationView(ref.id(), citationLabel(ref), urls.bibliography().anchor(ref.id()));
    }

    public List<CitationView> citations(List<Ref> refs) {
        return refs.stream().flatMap(ref -> content.findReference(ref.id()).stream()).map(this::citation).toList();
    }

    /** "Klotzbuecher 2000": first author's name and year, the way a reader recognises a reference. */
    public static String citationLabel(Reference ref) {
        String first = ref.authors().split("[ ,]")[0];
        return ref.year() == null ? first : first + " " + ref.year();
    }

    public ReferenceView reference(Reference r) {
        return new ReferenceView(r.id(), citationLabel(r), r.authors(), r.title(), r.journal(), r.year(), r.volume(),
                r.pages(), r.doi(), r.pmid(), r.url(), r.note(), citedBy.getOrDefault(r.id(), List.of()),
                urls.bibliography().anchor(r.id()));
    }

    public List<ReferenceView> references() {
        return content.references().stream()
                .sorted(Comparator.comparing((Reference r) -> sortKey(r.authors())).thenComparing(r -> r.year() == null ? 0 : r.year()))
                .map(this::reference).toList();
    }

    public RiskFactorGroupView riskFactorGroup(RiskFactorGroup g) {
        return new RiskFactorGroupView(g.id(), g.title(), g.summary(), citations(g.sources()),
                g.factors().stream().map(f -> new RiskFactorView(f.label(), f.detail(), citations(f.sources()))).toList(),
                urls.riskFactors().anchor(g.id()));
    }

    public List<RiskFactorGroupView> riskFactorGroups() {
        return content.riskFactorGroups().stream().map(this::riskFactorGroup).toList();
    }

    public SequenceView sequence(TherapeuticSequence s) {
        RecommendationView rec = s.recommendation() == null ? null
                : content.findRecommendation(s.recommendation().id()).map(this::recommendation).orElse(null);
        return new SequenceView(s.id(), s.title(), s.steps(), rec, s.note() == null ? null : markdown.render(s.note()),
                citations(s.sources()), urls.sequences().anchor(s.id()));
    }

    public List<SequenceView> sequences() {
        return content.sequences().stream().map(this::sequence).toList();
    }

    public GlossaryEntryView glossaryEntry(GlossaryEntry g) {
        return new GlossaryEntryView(g.id(), g.term(), g.expansion(),
                g.definition() == null ? null : markdown.render(g.definition()), g.synonyms(), urls.glossary().anchor(g.id()));
    }

    /** Glossary grouped by first letter, accents folded, A to Z. */
    public List<GlossaryLetter> glossaryByLetter() {
        Map<String, List<GlossaryEntryView>> byLetter = new TreeMap<>();
        content.glossary().stream().sorted(Comparator.comparing(g -> sortKey(g.term())))
                .forEach(g -> byLetter.computeIfAbsent(letter(g.term()), k -> new ArrayList<>()).add(glossaryEntry(g)));
        return byLetter.entrySet().stream().map(e -> new GlossaryLetter(e.getKey(), e.getValue())).toList();
    }

    public List<Link> treeLinks(List<Ref> refs) {
        return refs.stream().flatMap(ref -> content.findTree(ref.id()).stream())
                .map(t -> new Link(t.title(), treeUrl(t.id()))).toList();
    }

    public List<Link> allTrees() {
        return content.trees().stream().map(t -> new Link(t.title(), treeUrl(t.id()))).toList();
    }

    public String pageTitle(String url) {
        return content.pages().stream().filter(p -> p.url().equals(url)).map(Page::title).findFirst().orElse(url);
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    /**
     * Sort key: accents folded, lower case ("Écho" → "echo"); never fails on any string. Called once per comparison,
     * so plain ASCII (most titles) skips the decomposition, which cannot change it.
     */
    static String sortKey(String s) {
        if (isAscii(s)) return s.toLowerCase(java.util.Locale.ROOT);
        return MARKS.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    private static String letter(String term) {
        String k = sortKey(term);
        char c = k.isEmpty() ? '#' : Character.toUpperCase(k.charAt(0));
        return Character.isLetter(c) ? String.valueOf(c) : "#";
    }

    /** For each bibliography id, the pages and recommendations that cite it, for "cited in" back links. */
    private static Map<String, List<Link>> citations(SiteContent content) {
        UrlSegments urls = content.config().urls();
        Map<String, Map<String, Link>> out = new TreeMap<>();
        java.util.function.BiConsumer<String, Link> add = (id, link) ->
                out.computeIfAbsent(id, k -> new LinkedHashMap<>()).putIfAbsent(link.href(), link);
        for (Page p : content.pages()) {
            Link link = new Link(p.title(), p.url());
            p.sources().forEach(r -> add.accept(r.id(), link));
            for (Shortcode.Placed s : p.shortcodes().found()) {
                if (s.code().kind() == Shortcode.Kind.CITATION) s.code().ids().forEach(id -> add.accept(id, link));
            }
        }
        for (Recommendation r : content.recommendations()) {
            Link link = new Link(r.title(), urls.recommendations().anchor(r.id()));
            r.sources().forEach(ref -> add.accept(ref.id(), link));
        }
        for (RiskFactorGroup g : content.riskFactorGroups()) {
            Link link = new Link(g.title(), urls.riskFactors().anchor(g.id()));
            g.sources().forEach(ref -> add.accept(ref.id(), link));
            g.factors().forEach(f -> f.sources().forEach(ref -> add.accept(ref.id(), link)));
        }
        for (TherapeuticSequence s : content.sequences()) {
            Link link = new Link(s.title(), urls.sequences().anchor(s.id()));
            s.sources().forEach(ref -> add.accept(ref.id(), link));
        }
        Map<String, List<Link>> result = new TreeMap<>();
        out.forEach((k, v) -> result.put(k, List.copyOf(v.values())));
        return result;
    }

    /** The page that explains each recommendation: the first page, in reading order, that shows or cites it. */
    private static Map<String, Link> recommendationPages(SiteContent content) {
        Map<String, Link> out = new TreeMap<>();
        for (Page p : content.pages()) {
            Link link = new Link(p.title(), p.url());
            p.recommendations().forEach(r -> out.putIfAbsent(r.id(), link));
            for (Shortcode.Placed s : p.shortcodes().found()) {
                if (s.code().kind() == Shortcode.Kind.RECOMMENDATION) s.code().ids().forEach(id -> out.putIfAbsent(id, link));
            }
        }
        return out;
    }
}
