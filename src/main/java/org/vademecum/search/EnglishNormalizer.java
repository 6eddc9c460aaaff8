package org.vademecum.search;

import java.util.Set;

/**
 * The English search rules ({@code language: en}): case and accents folded, the {@code 's} of {@code patient's}
 * and the {@code 't} of {@code don't} dropped, English stop words dropped, and a light, predictable stemmer
 * that conflates plurals and the {@code -ing}/{@code -ed} forms of longer words ({@code fractures},
 * {@code fractured} → {@code fractur}; {@code therapies} → {@code therapy}). No elision.
 *
 * <p><strong>Lockstep rule:</strong> {@code templates/assets/search.js} applies exactly the same steps to the
 * query; {@code src/test/resources/search/normalisation-cases-en.tsv} is checked against both (Java unit test and
 * browser test). Bump {@link #VERSION} when the output changes.
 */
public final class EnglishNormalizer {

    /** Written into the index so a reader can refuse an index built with different rules. */
    public static final int VERSION = 1;

    /** Endings dropped after an apostrophe: {@code patient's} → {@code patient}, {@code don't} → {@code don}. */
    static final Set<String> CONTRACTIONS = Set.of("s", "t", "d", "ll", "m", "re", "ve");

    /** Folded English function words that are neither indexed nor searched. */
    static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "has", "have", "if",
            "in", "into", "is", "it", "its", "of", "on", "or", "than", "that", "the", "their", "then", "there",
            "these", "they", "this", "those", "to", "was", "were", "which", "with");

    public static final SearchNormalizer RULES = new SearchNormalizer("en", VERSION, Set.of(), CONTRACTIONS,
            STOP_WORDS, EnglishNormalizer::stem);

    private EnglishNormalizer() {}

    /**
     * Light English stemmer on one folded word ([a-z0-9]+). Words of three characters or less and words with a
     * digit are kept. Steps, each at most once:
     * <ol>
     * <li>plural: {@code -ies} → {@code -y} (words of five letters or more: {@code therapies}); {@code -sses},
     * {@code -xes}, {@code -ches}, {@code -shes}, {@code -zzes} lose {@code es} ({@code masses}, {@code approaches});
     * otherwise a final {@code s} is dropped unless the word ends in {@code ss}, {@code us} or {@code is}
     * ({@code status}, {@code osteoporosis} stay);</li>
     * <li>verb forms: {@code -ied} → {@code -y} (five letters or more: {@code studied}); {@code -ing} or
     * {@code -ed} dropped when at least four letters remain ({@code screening} → {@code screen},
     * {@code treated} → {@code treat}; {@code taking}, {@code used} stay), then a doubled final consonant other than
     * {@code l s z} is halved ({@code stopped} → {@code stop}, {@code falling} → {@code fall});</li>
     * <li>a final {@code e} is dropped on words of five letters or more ({@code fracture} → {@code fractur}, like
     * {@code fractured}).</li>
     * </ol>
     */
    public static String stem(String word) {
        String w = word;
        if (w.length() <= 3 || SearchNormalizer.hasDigit(w)) {
            return w;
        }
        if (w.endsWith("ies") && w.length() >= 5) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")
                || w.endsWith("zzes")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ied") && w.length() >= 5) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("ing") && w.length() - 3 >= 4 || w.endsWith("ed") && w.length() - 2 >= 4) {
            w = w.substring(0, w.length() - (w.endsWith("ing") ? 3 : 2));
            int n = w.length();
            char last = w.charAt(n - 1);
            if (last == w.charAt(n - 2) && last != 'l' && last != 's' && last != 'z' && last >= 'a' && last <= 'z'
                    && "aeiou".indexOf(last) < 0) {
                w = w.substring(0, n - 1);
            }
        }
        if (w.endsWith("e") && w.length() >= 5) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
