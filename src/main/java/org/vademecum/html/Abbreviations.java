package org.vademecum.html;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.vademecum.model.GlossaryEntry;

/**
 * Wraps the first occurrence of each glossary abbreviation in the page's main text in
 * {@code <abbr title="expansion">}, so that a reader meets the expansion where the abbreviation first appears.
 */
final class Abbreviations implements PageTransform {
    // Parsed once: select(String) parses its query at every call.
    private static final Evaluator ABBR_SCOPE = QueryParser.parse("[data-abbr-scope]");
    private static final Evaluator ABBR = QueryParser.parse("abbr");

    private final List<GlossaryEntry> abbreviations;
    private final Pattern pattern;

    Abbreviations(List<GlossaryEntry> glossary) {
        this.abbreviations = glossary.stream().filter(GlossaryEntry::abbreviation)
                .sorted((a, b) -> b.term().length() - a.term().length()).toList();
        String alternatives = String.join("|", abbreviations.stream().map(g -> Pattern.quote(g.term())).toList());
        this.pattern = abbreviations.isEmpty() ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    @Override
    public void apply(Document page, PageContext context) {
        Element main = page.selectFirst(ABBR_SCOPE);
        if (pattern == null || main == null) return;
        Set<String> done = new HashSet<>();
        main.select(ABBR).forEach(a -> done.add(a.text()));
        java.util.ArrayDeque<TextNode> texts = new java.util.ArrayDeque<>();
        main.traverse((node, depth) -> {
            if (node instanceof TextNode t && eligible(t)) texts.add(t);
        });
        while (!texts.isEmpty()) {
            TextNode t = texts.poll();
            Matcher m = pattern.matcher(t.getWholeText());
            while (m.find()) {
                if (done.contains(m.group(1))) continue;
                done.add(m.group(1));
                wrap(t, m.start(1), m.end(1), expansion(m.group(1))).ifPresent(texts::addFirst);
                break; // the node was split: what follows the abbreviation is examined next
            }
        }
    }

    private String expansion(String term) {
        return abbreviations.stream().filter(g -> g.term().equals(term)).findFirst().map(GlossaryEntry::expansion).orElse("");
    }

    /** Wraps [start, end) of the node in an abbr; returns the text that follows it, if any. */
    private static java.util.Optional<TextNode> wrap(TextNode t, int start, int end, String title) {
        // jsoup's splitText needs an offset strictly inside the text.
        int length = t.getWholeText().length();
        TextNode word = start == 0 ? t : t.splitText(start);
        TextNode after = end < length ? word.splitText(end - start) : null;
        word.replaceWith(new Element("abbr").attr("title", title).text(word.getWholeText()));
        return java.util.Optional.ofNullable(after);
    }

    private static boolean eligible(TextNode t) {
        for (Node p = t.parent(); p instanceof Element e; p = e.parent()) {
            switch (e.tagName()) {
                case "a", "abbr", "code", "pre", "h1", "h2", "h3", "h4", "script", "style", "button", "title" -> {
                    return false;
                }
                default -> { }
            }
        }
        return true;
    }
}
