package org.vademecum.markdown;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Anchor ids from heading text: accents folded, lowercase ASCII words joined by {@code -}; text with no letter or
 * digit gives {@code section}. Stable across builds; shared by the heading anchors and the raw-HTML id check.
 */
public final class Slugs {
    // Compiled once: String.replaceAll compiles its pattern at every call, and every heading of every page has a slug.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Slugs() {}

    public static String slug(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae")
                .toLowerCase(Locale.ROOT);
        String s = EDGE_HYPHENS.matcher(NOT_WORD.matcher(folded).replaceAll("-")).replaceAll("");
        return s.isEmpty() ? "section" : s;
    }
}
