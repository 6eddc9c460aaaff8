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
        while (m.find()) {
            Kind kind = null;
            for (Kind k : Kind.values()) if (k.keyword.equals(m.group(1))) kind = k;
            if (kind == null) {
                if (unknown != null) unknown.add(new Unknown(m.group(1), m.start()));
                continue;
            }
            found.add(new Shortcode(kind, List.of(m.group(2)), m.start(), m.end()));
        }
        Matcher c = CITATION.matcher(text);
        while (c.find()) {
            List<String> ids = new ArrayList<>();
            for (String part : c.group(1).split(";")) ids.add(part.strip().substring(1));
            found.add(new Shortcode(Kind.CITATION, ids, c.start(), c.end()));
        }
        found.sort(java.util.Comparator.comparingInt(Shortcode::start));
        return found;
    }
}
