package org.vademecum.search;

import java.util.List;
import java.util.Set;

/**
 * The French search rules ({@code language: fr}): case and accents folded ({@code Œ} → {@code oe}), elisions removed
 * ({@code l'}, {@code d'}, {@code qu'}...), French stop words dropped, and a light stemmer that conflates
 * plural and feminine forms ({@code osseuses}, {@code osseux} → {@code osseu}).
 *
 * <p><strong>Lockstep rule:</strong> {@code templates/assets/search.js} applies exactly the same steps to the
 * query. Any change here must be made there too; {@code src/test/resources/search/normalisation-cases.tsv} is
 * checked against both (Java unit test and browser test). The tokenising steps shared with the other languages
 * are in {@link SearchNormalizer}. Bump {@link #VERSION} when the output changes.
 * All methods are pure; null input is rejected with a {@link NullPointerException}.
 */
public final class FrenchNormalizer {

    /** Written into the index so a reader can refuse an index built with different rules. */
    public static final int VERSION = 1;

    /** Words that end in an apostrophe and are dropped (elision): {@code l'os} → {@code os}. */
    static final Set<String> ELISIONS = Set.of(
            "l", "d", "j", "qu", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu");

    /** Folded French function words that are neither indexed nor searched. */
    static final Set<String> STOP_WORDS = Set.of(
            "a", "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle", "elles",
            "en", "est", "et", "il", "ils", "la", "le", "les", "leur", "leurs", "lui", "ne", "ou", "par", "pas",
            "pour", "que", "qui", "sa", "se", "ses", "son", "sont", "sur", "un", "une", "y");

    /** The French rules as a {@link SearchNormalizer}: what the index builder uses for a French site. */
    public static final SearchNormalizer RULES = new SearchNormalizer("fr", VERSION, ELISIONS, Set.of(), STOP_WORDS, FrenchNormalizer::stem);

    private FrenchNormalizer() {}

    /** See {@link SearchNormalizer#fold}. */
    public static String fold(String text) {
        return SearchNormalizer.fold(text);
    }

    /** Folded words of the text, elisions removed, stop words kept, not stemmed. */
    public static List<String> words(String text) {
        return RULES.words(text);
    }

    /** See {@link SearchNormalizer#queryTerms}; {@code normalise()} in search.js mirrors it. */
    public static List<String> queryTerms(String text) {
        return RULES.queryTerms(text);
    }

    /** See {@link SearchNormalizer#indexTerms} ({@code anti-résorbeur} is also indexed as {@code antiresorbeu}). */
    public static List<String> indexTerms(String text) {
        return RULES.indexTerms(text);
    }

    /**
     * Light French stemmer on one folded word ([a-z0-9]+). Words of three characters or less and words with a
     * digit are kept. Steps: plural ({@code -eaux -eux -oux} lose the {@code x}, {@code -aux} → {@code -al},
     * final {@code s} but not {@code ss}; other final {@code x} are kept: {@code frax}, {@code thorax}); then feminine and related endings ({@code -euse} → {@code -eu}, {@code -ive} → {@code -if},
     * {@code -ee} and, on words of five letters or more, {@code -e} removed); then a doubled final letter is
     * halved ({@code professionnell} → {@code professionnel}).
     */
    public static String stem(String word) {
        String w = word;
        if (w.length() <= 3 || SearchNormalizer.hasDigit(w)) {
            return w;
        }
        if (w.endsWith("eaux") || w.endsWith("eux") || w.endsWith("oux")) {
            w = w.substring(0, w.length() - 1);
        } else if (w.endsWith("aux") && w.length() >= 5) {
            w = w.substring(0, w.length() - 3) + "al";
        } else if (w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("euse")) {
            w = w.substring(0, w.length() - 4) + "eu";
        } else if (w.endsWith("ive")) {
            w = w.substring(0, w.length() - 3) + "if";
        } else if (w.endsWith("ee") && w.length() >= 5) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("e") && w.length() >= 5) {
            w = w.substring(0, w.length() - 1);
        }
        int n = w.length();
        if (n >= 4 && w.charAt(n - 1) == w.charAt(n - 2) && w.charAt(n - 1) >= 'a' && w.charAt(n - 1) <= 'z') {
            w = w.substring(0, n - 1);
        }
        return w;
    }
}
