package org.vademecum.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The author shortcuts that Markdown pages may contain: {@code [[kind:id]]} links and embeds, and
 * {@code [@id; @id]} citations. One parser serves both the validator (which needs line and column) and the
 * renderer (which replaces them in text).
 */
public record Shortcode(Kind kind, List<String> ids, int start, int end) {

    /** What a shortcode points at; {@code keyword} is what the author writes before the colon. */
    public enum Kind {
        RECOMMENDATION("rec"), TERM("terme"), TREE("arbre"), RISK_FACTORS("facteurs"), SEQUENCE("sequence"), CITATION("@");

        public final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        public static List<String> keywords() {
            return java.util.Arrays.stream(values()).filter(k -> k != CITATION).map(k -> k.keyword).toList();
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
            Kind kind = null;
            for (Kind k : Kind.values()) if (k.keyword.equals(m.group(1))) kind = k;
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
}
