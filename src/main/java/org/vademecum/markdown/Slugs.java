package org.vademecum.markdown;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Anchor ids from heading text: accents folded, lowercase ASCII words joined by {@code -}; text with no letter or
 * digit gives {@code section}. Stable across builds; shared by the heading anchors and the raw-HTML id check.
 */
public final class Slugs {
    private Slugs() {}

    public static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "section" : s;
    }
}
