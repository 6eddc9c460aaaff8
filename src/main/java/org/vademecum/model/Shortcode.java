package org.vademecum.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vademecum.diag.SourcePosition;

/**
 * The author shortcuts that Markdown pages may contain: {@code [[kind:id]]} links and embeds, and
 * {@code [@id; @id]} citations; {@code start} and {@code end} are offsets in the text parsed. A page's body is
 * parsed once, when it is loaded ({@link #parse}, kept on {@link Page#shortcodes()}): the validator and the views
 * read that parse; the renderer finds the same shortcodes in the rendered text with {@link #findAll}.
 */
public record Shortcode(Kind kind, List<String> ids, int start, int end) {

    /**
     * What a shortcode points at; {@code keyword} is what the author writes before the colon, in French as the
     * first guide did, or its English {@code alias} ({@code [[term:dmo]]} = {@code [[terme:dmo]]}), in any guide.
     */
    public enum Kind {
        RECOMMENDATION("rec", "rec"), TERM("terme", "term"), TREE("arbre", "tree"), RISK_FACTORS("facteurs", "factors"),
        SEQUENCE("sequence", "sequence"), CITATION("@", "@");

        public final String keyword;
        public final String alias;

        Kind(String keyword, String alias) {
            this.keyword = keyword;
            this.alias = alias;
        }

        /** Every word an author may write before the colon, for hints. */
        public static List<String> keywords() {
            return java.util.Arrays.stream(values()).filter(k -> k != CITATION)
                    .flatMap(k -> java.util.stream.Stream.of(k.keyword, k.alias)).distinct().toList();
        }

        /** The kind written {@code word} (keyword or alias), or null. */
        static Kind of(String word) {
            for (Kind k : values()) if (k != CITATION && (k.keyword.equals(word) || k.alias.equals(word))) return k;
            return null;
        }
    }

    /** {@code [[kind:id]]}; the kind is checked separately so that a typo gets a "did you mean". */
    public static final Pattern LINK = Pattern.compile("\\[\\[([a-zA-Zé]+):([^\\]\\s]*)\\]\\]");
    /** {@code [@id]} or {@code [@a; @b]}. */
    public static final Pattern CITATION = Pattern.compile("\\[(@[^\\]\\[\\s;]+(?:;\\s*@[^\\]\\[\\s;]+)*)\\]");

    /** A shortcode found in text whose kind keyword is unknown. */
    public record Unknown(String keyword, int start) {}

    /** Finds every shortcode in {@code text}, in order; unknown kinds go to {@code unknown} when it is not null. */
    public static List<Shortcode> findAll(String text, List<Unknown> unknown) {
        List<Shortcode> found = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        for (int from = 0; findFrom(m, text, "[[", from); from = m.end()) {
            Kind kind = Kind.of(m.group(1));
            if (kind == null) {
                if (unknown != null) unknown.add(new Unknown(m.group(1), m.start()));
                continue;
            }
            found.add(new Shortcode(kind, List.of(m.group(2)), m.start(), m.end()));
        }
        Matcher c = CITATION.matcher(text);
        for (int from = 0; findFrom(c, text, "[@", from); from = c.end()) {
            List<String> ids = new ArrayList<>();
            for (String part : c.group(1).split(";")) ids.add(part.strip().substring(1));
            found.add(new Shortcode(Kind.CITATION, ids, c.start(), c.end()));
        }
        found.sort(java.util.Comparator.comparingInt(Shortcode::start));
        return found;
    }

    /**
     * {@code m.find(from)} for a pattern whose matches all begin with {@code opening}: tries the pattern only where
     * {@code opening} is (a page's text has few), instead of at every position. Same matches as find.
     */
    private static boolean findFrom(Matcher m, String text, String opening, int from) {
        for (int i = text.indexOf(opening, from); i >= 0; i = text.indexOf(opening, i + 1)) {
            m.region(i, text.length());
            if (m.lookingAt()) return true;
        }
        return false;
    }

    /** A shortcode of a page's body and where it is written. */
    public record Placed(Shortcode code, SourcePosition at) {}

    /** A {@code [[keyword:…]]} whose keyword is not one of {@link Kind}, and where it is written. */
    public record Misspelt(String keyword, SourcePosition at) {}

    /** The shortcodes of a page's body, outside fenced code blocks, in order. */
    public record Parsed(List<Placed> found, List<Misspelt> unknown) {
        public static final Parsed NONE = new Parsed(List.of(), List.of());

        public Parsed {
            found = List.copyOf(found);
            unknown = List.copyOf(unknown);
        }
    }

    /**
     * Every shortcode of {@code markdown}, a page body that starts at {@code bodyStart}, with its line and column;
     * those inside fenced code blocks ({@code ```} or {@code ~~~}) are text, not shortcodes.
     */
    public static Parsed parse(String markdown, SourcePosition bodyStart) {
        List<Unknown> unknown = new ArrayList<>();
        List<Shortcode> codes = findAll(markdown, unknown);
        if (codes.isEmpty() && unknown.isEmpty()) return Parsed.NONE;
        // Line starts, and which lines are fenced.
        List<Integer> starts = new ArrayList<>();
        List<Boolean> fencedLines = new ArrayList<>();
        boolean fenced = false;
        for (int start = 0; start <= markdown.length(); ) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) end = markdown.length();
            String line = markdown.substring(start, end).strip();
            boolean fence = line.startsWith("```") || line.startsWith("~~~");
            if (fence) fenced = !fenced;
            starts.add(start);
            fencedLines.add(fence || fenced);
            start = end + 1;
        }
        List<Placed> found = new ArrayList<>();
        for (Shortcode code : codes) {
            int line = lineOf(starts, code.start());
            if (!fencedLines.get(line)) found.add(new Placed(code, bodyStart.shift(line, code.start() - starts.get(line))));
        }
        List<Misspelt> misspelt = new ArrayList<>();
        for (Unknown u : unknown) {
            int line = lineOf(starts, u.start());
            if (!fencedLines.get(line)) misspelt.add(new Misspelt(u.keyword(), bodyStart.shift(line, u.start() - starts.get(line))));
        }
        return new Parsed(found, misspelt);
    }

    private static int lineOf(List<Integer> starts, int offset) {
        int i = java.util.Collections.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
