package org.vademecum.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns French text into search terms: case and accents folded ({@code Œ} → {@code oe}), elisions removed
 * ({@code l'}, {@code d'}, {@code qu'}...), French stop words dropped, and a light stemmer that conflates
 * plural and feminine forms ({@code osseuses}, {@code osseux} → {@code osseu}).
 *
 * <p><strong>Lockstep rule:</strong> {@code templates/assets/search.js} applies exactly the same steps to the
 * query. Any change here must be made there too; {@code src/test/resources/search/normalisation-cases.tsv} is
 * checked against both (Java unit test and browser test). Bump {@link #VERSION} when the output changes.
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

    private FrenchNormalizer() {}

    /** One token of folded text with what follows it, as the tokenizer sees it. */
    record Token(String text, boolean joinedToNext) {}

    /**
     * Lowercases, decomposes (NFKD), strips combining marks U+0300–U+036F and expands ligatures
     * ({@code œ æ ß ø}). The result may still contain non-letters; {@link #tokens} splits on them.
     */
    public static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0300' && c <= '\u036f') {
                continue;
            }
            switch (c) {
                case 'œ' -> out.append("oe");
                case 'æ' -> out.append("ae");
                case 'ß' -> out.append("ss");
                case 'ø' -> out.append('o');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Runs of [a-z0-9] of the folded text, elided words removed, stop words kept. */
    static List<Token> rawTokens(String text) {
        String s = fold(text);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (!isWordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(s.charAt(i))) {
                i++;
            }
            String word = s.substring(start, i);
            boolean elided = i + 1 < n && isApostrophe(s.charAt(i)) && isWordChar(s.charAt(i + 1))
                    && ELISIONS.contains(word);
            if (elided) {
                continue;
            }
            boolean joined = i + 1 < n && isHyphen(s.charAt(i)) && isWordChar(s.charAt(i + 1));
            tokens.add(new Token(word, joined));
        }
        return tokens;
    }

    /** Folded words of the text, elisions removed, stop words kept, not stemmed. */
    public static List<String> words(String text) {
        return rawTokens(text).stream().map(Token::text).toList();
    }

    /**
     * The search terms of a query: folded, elisions and stop words removed, stemmed. This is the function that
     * {@code normalise()} in search.js mirrors.
     */
    public static List<String> queryTerms(String text) {
        List<String> terms = new ArrayList<>();
        for (Token t : rawTokens(text)) {
            if (!STOP_WORDS.contains(t.text())) {
                terms.add(stem(t.text()));
            }
        }
        return terms;
    }

    /**
     * The terms under which a text is indexed: {@link #queryTerms} plus, for hyphenated compounds, the stem of
     * the joined word ({@code anti-résorbeur} is also indexed as {@code antiresorbeu}), so that both spellings
     * find it.
     */
    public static List<String> indexTerms(String text) {
        List<Token> tokens = rawTokens(text);
        List<String> terms = new ArrayList<>();
        StringBuilder compound = new StringBuilder();
        int parts = 0;
        for (Token t : tokens) {
            if (!STOP_WORDS.contains(t.text())) {
                terms.add(stem(t.text()));
            }
            compound.append(t.text());
            parts++;
            if (!t.joinedToNext()) {
                if (parts > 1) {
                    terms.add(stem(compound.toString()));
                }
                compound.setLength(0);
                parts = 0;
            }
        }
        return terms;
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
        if (w.length() <= 3 || hasDigit(w)) {
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

    private static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
