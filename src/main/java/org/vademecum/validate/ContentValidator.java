package org.vademecum.validate;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;
import org.vademecum.diag.Suggestions;
import org.vademecum.model.Shortcode;
import org.vademecum.model.GlossaryEntry;
import org.vademecum.model.Page;
import org.vademecum.model.Recommendation;
import org.vademecum.model.Ref;
import org.vademecum.model.SiteContent;

/**
 * Cross-file rules: unique ids in each collection, and every reference (to a recommendation, a bibliography
 * entry, a glossary entry, a tree, a risk-factor group, a sequence) names something that exists.
 * Decision-tree rules live with the trees; this class calls them.
 */
public final class ContentValidator {
    private final Diagnostics diagnostics;

    public ContentValidator(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public void validate(SiteContent content) {
        Set<String> recs = unique(content.recommendations(), Recommendation::id, Recommendation::position, "recommendation");
        Set<String> refs = unique(content.references(), r -> r.id(), r -> r.position(), "bibliography reference");
        Set<String> terms = unique(content.glossary(), GlossaryEntry::id, GlossaryEntry::position, "glossary entry");
        Set<String> groups = unique(content.riskFactorGroups(), g -> g.id(), g -> g.position(), "risk-factor group");
        Set<String> sequences = unique(content.sequences(), s -> s.id(), s -> s.position(), "sequence");
        Set<String> trees = unique(content.trees(), t -> t.id(), t -> t.position(), "decision tree");
        uniqueTerms(content.glossary());

        for (Recommendation r : content.recommendations()) {
            check(r.sources(), refs, "bibliography reference", "content/bibliography.yaml");
            check(r.related(), recs, "recommendation", "content/recommendations.yaml");
        }
        for (var g : content.riskFactorGroups()) {
            check(g.sources(), refs, "bibliography reference", "content/bibliography.yaml");
            for (var f : g.factors()) check(f.sources(), refs, "bibliography reference", "content/bibliography.yaml");
        }
        for (var s : content.sequences()) {
            check(s.sources(), refs, "bibliography reference", "content/bibliography.yaml");
            if (s.recommendation() != null) check(List.of(s.recommendation()), recs, "recommendation", "content/recommendations.yaml");
        }
        checkPages(content.pages(), new KnownIds(recs, refs, terms, groups, sequences, trees));
        uniqueUrls(content.pages(), content.config().urls());
        org.vademecum.trees.TreeVerifier.verifyAll(content, diagnostics);
    }

    /**
     * The rules of {@code validate} that concern {@code pages} alone, for pages edited in an otherwise valid
     * project ({@code serve}): their references and shortcuts, and their addresses.
     */
    public void validatePages(SiteContent content, List<Page> pages) {
        KnownIds known = new KnownIds(ids(content.recommendations(), Recommendation::id),
                ids(content.references(), r -> r.id()), ids(content.glossary(), GlossaryEntry::id),
                ids(content.riskFactorGroups(), g -> g.id()), ids(content.sequences(), s -> s.id()),
                ids(content.trees(), t -> t.id()));
        checkPages(pages, known);
        uniqueUrls(pages, content.config().urls());
    }

    /** The ids of each collection a page may refer to. */
    private record KnownIds(Set<String> recs, Set<String> refs, Set<String> terms, Set<String> groups,
                            Set<String> sequences, Set<String> trees) {}

    private void checkPages(List<Page> pages, KnownIds ids) {
        Map<Shortcode.Kind, Set<String>> known = Map.of(
                Shortcode.Kind.RECOMMENDATION, ids.recs(), Shortcode.Kind.TERM, ids.terms(), Shortcode.Kind.TREE, ids.trees(),
                Shortcode.Kind.RISK_FACTORS, ids.groups(), Shortcode.Kind.SEQUENCE, ids.sequences(),
                Shortcode.Kind.CITATION, ids.refs());
        for (Page p : pages) {
            check(p.sources(), ids.refs(), "bibliography reference", "content/bibliography.yaml");
            check(p.recommendations(), ids.recs(), "recommendation", "content/recommendations.yaml");
            check(p.trees(), ids.trees(), "decision tree", "content/trees/");
            checkShortcodes(p, known);
        }
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        Set<String> ids = new TreeSet<>();
        for (T item : items) if (!id.apply(item).isEmpty()) ids.add(id.apply(item));
        return ids;
    }

    private <T> Set<String> unique(List<T> items, Function<T, String> id, Function<T, SourcePosition> at, String what) {
        Map<String, SourcePosition> seen = new HashMap<>();
        Set<String> ids = new TreeSet<>();
        for (T item : items) {
            String key = id.apply(item);
            if (key.isEmpty()) continue;
            SourcePosition first = seen.putIfAbsent(key, at.apply(item));
            if (first != null) {
                diagnostics.error(at.apply(item), "duplicate " + what + " id '" + key + "'",
                        "already used at " + first + "; ids must be unique");
            }
            ids.add(key);
        }
        return ids;
    }

    private void uniqueTerms(List<GlossaryEntry> glossary) {
        Map<String, SourcePosition> seen = new HashMap<>();
        for (GlossaryEntry g : glossary) {
            SourcePosition first = seen.putIfAbsent(g.term(), g.position());
            if (first != null) {
                diagnostics.error(g.position(), "glossary term '" + g.term() + "' is defined twice",
                        "already defined at " + first + "; merge the two entries");
            }
        }
    }

    /** A Markdown page may not take the address of a generated page ({@code urls:} in site.yaml, or the assets). */
    private void uniqueUrls(List<Page> pages, org.vademecum.model.UrlSegments urls) {
        Map<String, String> generated = new HashMap<>();
        urls.segments().keySet().forEach(key -> generated.put(urls.path(key).value(), key));
        generated.put("/assets/", null);
        for (Page p : pages) {
            if (generated.containsKey(p.url())) {
                String key = generated.get(p.url());
                diagnostics.error(SourcePosition.file(p.bodyStart().path()), "page address " + p.url()
                        + " is reserved for a generated page", "rename the file or its folder"
                        + (key == null ? "" : ", or give the generated page another folder (urls: " + key
                        + ": … in content/site.yaml)"));
            }
        }
    }

    private void check(Collection<Ref> refs, Set<String> known, String what, String where) {
        for (Ref ref : refs) {
            if (!known.contains(ref.id())) {
                diagnostics.error(ref.position(), "unknown " + what + " '" + ref.id() + "'", hint(ref.id(), known, where));
            }
        }
    }

    private static String hint(String id, Set<String> known, String where) {
        return Suggestions.closest(id, known).map(c -> "did you mean '" + c + "'?")
                .orElse("no such id in " + where);
    }

    /** Shortcodes are checked as parsed when the page was loaded, so that errors carry the exact line and column. */
    private void checkShortcodes(Page page, Map<Shortcode.Kind, Set<String>> known) {
        for (Shortcode.Placed placed : page.shortcodes().found()) {
            Shortcode code = placed.code();
            Set<String> ids = known.get(code.kind());
            for (String id : code.ids()) {
                if (ids.contains(id)) continue;
                String what = switch (code.kind()) {
                    case RECOMMENDATION -> "recommendation";
                    case TERM -> "glossary entry";
                    case TREE -> "decision tree";
                    case RISK_FACTORS -> "risk-factor group";
                    case SEQUENCE -> "sequence";
                    case CITATION -> "bibliography reference";
                };
                diagnostics.error(placed.at(), "unknown " + what + " '" + id + "'",
                        Suggestions.closest(id, ids).map(c -> "did you mean '" + c + "'?")
                                .orElse("no " + what + " has this id"));
            }
        }
        for (Shortcode.Misspelt u : page.shortcodes().unknown()) {
            diagnostics.error(u.at(), "unknown shortcut '[[" + u.keyword() + ":…]]'",
                    Suggestions.hint(u.keyword(), Shortcode.Kind.keywords()));
        }
    }
}
