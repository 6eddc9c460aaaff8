package org.vademecum.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeFilter;
import org.vademecum.html.RenderedPage;
import org.vademecum.model.Shortcode;
import org.vademecum.model.GlossaryEntry;
import org.vademecum.model.GradeScale;
import org.vademecum.model.Recommendation;
import org.vademecum.model.Reference;
import org.vademecum.model.RiskFactorGroup;
import org.vademecum.model.SiteContent;
import org.vademecum.model.TherapeuticSequence;
import org.vademecum.model.tree.DecisionTree;
import org.vademecum.model.tree.Outcome;
import org.vademecum.model.tree.Question;
import org.vademecum.typography.Typography;
import org.vademecum.model.UrlSegments;
import org.vademecum.render.Route;
import org.vademecum.trees.TreePageView;

/**
 * Collects what a reader can find. Pages of prose are split into sections at each {@code h2}–{@code h6} that has
 * an id (the text before the first such heading belongs to the page itself); recommendations, risk-factor groups,
 * glossary entries, references, sequences and trees come from the model, so each result opens at its own anchor.
 *
 * <p>Inside {@code <main>} (or the body if there is none), these are skipped: {@code nav}, {@code script},
 * {@code style}, {@code noscript}, {@code template}, {@code form}, {@code button}, {@code svg}, {@code h1} (the
 * page title is the title of the page's own document), anything {@code aria-hidden="true"}, anything marked
 * {@code data-search-exclude}, and the theme blocks listed in {@link #SKIPPED_CLASSES}.
 */
public final class SearchDocuments {
    // Parsed once: select(String) parses its query at every call.
    private static final Evaluator WITH_ID = QueryParser.parse("[id]");
    private static final Evaluator MAIN = QueryParser.parse("main");
    private static final Evaluator ALL = QueryParser.parse("*");

    /** Interface strings ({@code templates/strings/<language>.yaml}) by key: the default scale's grade labels. */
    private final java.util.function.Function<String, String> words;

    public SearchDocuments(java.util.function.Function<String, String> words) {
        this.words = words;
    }

    /** Page kinds whose content is indexed from the model rather than from the HTML. */
    static final Set<String> MODEL_KINDS = Set.of(
            "recommendations", "glossary", "bibliography", "risk-factors", "tree", "trees");


    private static final Set<String> SKIPPED_TAGS =
            Set.of("nav", "script", "style", "noscript", "template", "form", "button", "svg", "h1");
    /**
     * Theme blocks that repeat what is indexed elsewhere (lists of pages, recommendation cards at the end of a
     * page, sources, table of contents); {@code data-search-exclude} is the general way to skip a block.
     */
    private static final Set<String> SKIPPED_CLASSES = Set.of("heading-anchor", "page-list", "section-grid",
            "tile-list", "related-recs", "related-trees", "page-sources", "toc");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    /**
     * What the index needs of one page, taken from its DOM so that the DOM need not outlive post-processing: the
     * ids it has (results from the model open at them) and its own documents: its sections for a page of prose,
     * its title and lead sentence for a list page whose items come from the model, none for a page kept out.
     * {@code typesetBodies} when the documents' bodies are the page's own text, which the page's typography
     * already went over.
     */
    public record IndexedPage(String url, Set<String> ids, List<SearchDocument> documents, boolean typesetBodies) {
        public static IndexedPage of(RenderedPage page) {
            Set<String> ids = new java.util.HashSet<>();
            page.document().select(WITH_ID).forEach(e -> ids.add(e.id()));
            List<SearchDocument> documents;
            if (page.route().indexing() != Route.Indexing.LISTED) {
                documents = List.of();
            } else if (!MODEL_KINDS.contains(page.kind())) {
                documents = sections(page);
            } else {
                // the list page itself (its items come from the model): found by its title and lead sentence
                documents = List.of(new SearchDocument(page.url(), SearchKind.PAGE, page.title(), "", "", "",
                        page.route().lead()));
            }
            return new IndexedPage(page.url(), Set.copyOf(ids), List.copyOf(documents), !MODEL_KINDS.contains(page.kind()));
        }

        boolean hasId(String id) {
            return ids.contains(id);
        }
    }

    /** Documents of the whole site, in no particular order (the index builder sorts them). */
    public List<SearchDocument> collect(SiteContent content, List<IndexedPage> unsortedPages) {
        List<IndexedPage> pages = unsortedPages.stream()
                .sorted(java.util.Comparator.comparing(IndexedPage::url)).toList();
        Map<String, IndexedPage> byUrl = new HashMap<>();
        pages.forEach(p -> byUrl.putIfAbsent(p.url(), p));
        List<SearchDocument> docs = new ArrayList<>();
        UrlSegments urls = content.config().urls();
        GradeScale grades = content.gradeScale(words);
        for (Recommendation r : content.recommendations()) {
            String context = r.number() == null ? "" : words.apply("rec.numbered").replace("{n}", r.number().toString());
            String body = join(r.statement(), r.population(), plain(content, r.rationale()), plain(content, r.sourceNote()));
            docs.add(new SearchDocument(anchorUrl(byUrl, pages, urls.recommendations().value(), r.id()),
                    SearchKind.RECOMMENDATION, r.title(), context, grades.require(r.gradeId()).label(), "", body));
        }
        for (RiskFactorGroup g : content.riskFactorGroups()) {
            List<String> labels = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (RiskFactorGroup.RiskFactor f : g.factors()) {
                labels.add(f.label());
                lines.add(f.detail() == null ? f.label() : f.label() + " (" + plain(content, f.detail()) + ")");
            }
            String body = String.join(" ; ", lines) + (g.summary() == null ? "" : ". " + plain(content, g.summary()));
            docs.add(new SearchDocument(anchorUrl(byUrl, pages, urls.riskFactors().value(), g.id()),
                    SearchKind.RISK_FACTORS, g.title(), "", "", String.join(" ; ", labels), body));
        }
        for (GlossaryEntry e : content.glossary()) {
            String title = e.expansion() == null ? e.term() : e.term() + " — " + e.expansion();
            docs.add(new SearchDocument(anchorUrl(byUrl, pages, urls.glossary().value(), e.id()), SearchKind.GLOSSARY,
                    title, "", "", String.join(" ; ", e.synonyms()), plain(content, e.definition())));
        }
        for (Reference r : content.references()) {
            docs.add(referenceDocument(byUrl, pages, urls.bibliography().value(), r));
        }
        for (TherapeuticSequence s : content.sequences()) {
            findAnchorPage(pages, s.id()).ifPresent(url -> docs.add(new SearchDocument(url, SearchKind.SEQUENCE,
                    s.title(), "", "", "", join(String.join(" → ", s.steps()), plain(content, s.note())))));
        }
        for (DecisionTree t : content.trees()) {
            docs.addAll(treeDocuments(content, t));
        }
        // What results show follows the site's typography, as the pages do; the bodies of page sections are the
        // page's text, already typeset (typesetting them again cost 4 % of a build). The normaliser reads ’ as '
        // and no-break spaces as spaces, so the terms are the same. Keywords are never shown.
        Typography typography = Typography.forLanguage(content.config().language());
        List<SearchDocument> all = new ArrayList<>(pages.parallelStream().flatMap(p -> p.documents().stream()
                .map(d -> typeset(typography, d, !p.typesetBodies()))).toList());
        all.addAll(docs.parallelStream().map(d -> typeset(typography, d, true)).toList());
        return all;
    }

    private static SearchDocument typeset(Typography typography, SearchDocument d, boolean body) {
        return new SearchDocument(d.url(), d.kind(), typography.apply(d.title()), typography.apply(d.context()),
                d.badge(), d.keywords(), body ? typography.apply(d.body()) : d.body());
    }

    /**
     * A tree (its summary, introduction and questions) and each of its outcomes, at the outcome's section of the
     * tree page ({@code /arbres/<id>/#resultat-<outcome>}, {@link TreePageView#outcomeAnchor}).
     */
    static List<SearchDocument> treeDocuments(SiteContent content, DecisionTree t) {
        String url = content.config().urls().tree(t.id()).value();
        List<String> questions = new ArrayList<>();
        for (Question q : t.questions().values()) {
            t.findVariable(q.variable()).ifPresent(v -> questions.add(join(q.text() != null ? q.text() : v.question(), v.label())));
        }
        List<SearchDocument> docs = new ArrayList<>();
        docs.add(new SearchDocument(url, SearchKind.TREE, t.title(), t.attribution() == null ? "" : t.attribution(), "",
                String.join(" ; ", questions), join(t.summary(), plain(content, t.intro()))));
        for (Outcome o : t.outcomes().values()) {
            List<String> recs = o.recommendationIds().stream()
                    .map(id -> content.findRecommendation(id).map(Recommendation::title).orElse(""))
                    .filter(title -> !title.isEmpty())
                    .toList();
            docs.add(new SearchDocument(url + "#" + TreePageView.outcomeAnchor(o.id()), SearchKind.OUTCOME, o.title(), t.title(),
                    "", "", join(plain(content, o.text()), String.join(" ; ", recs))));
        }
        return docs;
    }

    private static SearchDocument referenceDocument(Map<String, IndexedPage> byUrl, List<IndexedPage> pages,
                                                    String bibliography, Reference r) {
        StringBuilder title = new StringBuilder(r.authors() == null ? r.id() : r.authors());
        if (r.year() != null) {
            title.append(' ').append(r.year());
        }
        if (r.title() != null) {
            title.append(". ").append(r.title());
        }
        String context = join(r.journal(), r.volume(), r.pages());
        return new SearchDocument(anchorUrl(byUrl, pages, bibliography, r.id()), SearchKind.REFERENCE,
                title.toString(), context, "", join(r.doi(), r.pmid()), r.note() == null ? "" : r.note());
    }

    /**
     * {@code page#id} when that page is known and has the id, else the first page that has the id, else
     * {@code page#id} all the same (when the site pages are not given, as in unit tests).
     */
    static String anchorUrl(Map<String, IndexedPage> byUrl, List<IndexedPage> pages, String pageUrl, String id) {
        IndexedPage page = byUrl.get(pageUrl);
        if (page == null || page.hasId(id)) {
            return pageUrl + "#" + id;
        }
        return findAnchorPage(pages, id).orElse(pageUrl + "#" + id);
    }

    static Optional<String> findAnchorPage(List<IndexedPage> pages, String id) {
        return pages.stream()
                .filter(p -> p.hasId(id))
                .map(p -> p.url() + "#" + id)
                .findFirst();
    }

    /** The sections of one page: the page itself (text before the first heading with an id), then one per heading. */
    static List<SearchDocument> sections(RenderedPage page) {
        Element root = page.document().selectFirst(MAIN);
        if (root == null) {
            root = page.document().body();
        }
        List<SearchDocument> docs = new ArrayList<>();
        String[] current = {page.url(), page.title()};
        StringBuilder body = new StringBuilder();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    body.append(text.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element el)) {
                    return FilterResult.CONTINUE;
                }
                if (excluded(el)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (HEADINGS.contains(el.normalName()) && !el.id().isEmpty()) {
                    docs.add(section(page, current[0], current[1], body));
                    current[0] = page.url() + "#" + el.id();
                    current[1] = visibleText(el);
                    body.setLength(0);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (el.isBlock() || el.normalName().equals("br")) {
                    body.append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && el.isBlock()) {
                    body.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        });
        docs.add(section(page, current[0], current[1], body));
        return docs;
    }

    private static SearchDocument section(RenderedPage page, String url, String title, CharSequence body) {
        boolean pageItself = url.equals(page.url());
        return new SearchDocument(url, pageItself ? SearchKind.PAGE : SearchKind.SECTION, title,
                pageItself ? "" : page.title(), "", "", body.toString());
    }

    static boolean excluded(Element el) {
        return SKIPPED_TAGS.contains(el.normalName())
                || el.hasAttr("data-search-exclude")
                || "true".equals(el.attr("aria-hidden"))
                || hasSkippedClass(el.attr("class"));
    }

    /** Whether a class attribute names one of {@link #SKIPPED_CLASSES}, split as {@link Element#classNames} splits it. */
    private static boolean hasSkippedClass(String classes) {
        int n = classes.length();
        for (int start = 0, end = 0; end < n; start = end) {
            while (start < n && isHtmlSpace(classes.charAt(start))) start++;
            end = start;
            while (end < n && !isHtmlSpace(classes.charAt(end))) end++;
            if (end > start && SKIPPED_CLASSES.contains(classes.substring(start, end))) return true;
        }
        return false;
    }

    private static boolean isHtmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** Text of an element without its excluded descendants (heading anchors, icons). */
    static String visibleText(Element el) {
        Element copy = el.clone();
        copy.select(ALL).stream().filter(SearchDocuments::excluded).toList().forEach(Node::remove);
        return copy.text();
    }

    static String mainText(Document document) {
        Element root = document.selectFirst(MAIN);
        return visibleText(root == null ? document.body() : root);
    }

    /** Markdown to plain text, good enough for indexing: links keep their text, shortcuts their target's name. */
    static String plain(SiteContent content, String markdown) {
        if (markdown == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        for (Shortcode code : Shortcode.findAll(markdown, null)) {
            if (code.kind() == Shortcode.Kind.CITATION) continue; // dropped below, with the other citations
            String id = code.ids().get(0);
            String name = switch (code.kind()) {
                case RECOMMENDATION -> content.findRecommendation(id).map(Recommendation::title).orElse(id);
                case TERM -> content.findGlossaryEntry(id).map(GlossaryEntry::term).orElse(id);
                case TREE -> content.findTree(id).map(DecisionTree::title).orElse(id);
                case RISK_FACTORS -> content.findRiskFactorGroup(id).map(RiskFactorGroup::title).orElse(id);
                case SEQUENCE, CITATION -> content.findSequence(id).map(TherapeuticSequence::title).orElse(id);
            };
            out.append(markdown, last, code.start()).append(name);
            last = code.end();
        }
        out.append(markdown.substring(last));
        return out.toString()
                .replaceAll("\\[@[^\\]]*]", "")
                .replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("\\[!\\w+]", "")
                .replaceAll("[*_`]+", "")
                .replaceAll("(?m)^\\s*(#+|>)\\s*", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(p.strip());
            }
        }
        return out.toString();
    }
}
