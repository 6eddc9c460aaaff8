package org.vademecum.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns text into search terms by the rules of one language: case and accents folded, words split on anything
 * but {@code [a-z0-9]}, the language's elisions ({@code l'os} → {@code os}) and contractions
 * ({@code patient's} → {@code patient}) removed, its stop words dropped and each word stemmed. The steps are the
 * same for every language; only the four tables differ. Chosen by
 * {@code language} in {@code content/site.yaml} ({@link #forLanguage}).
 *
 * <p><strong>Lockstep rule:</strong> {@code templates/assets/search.js} applies exactly the same steps to the
 * query, picking its rules from {@code <html lang>} the same way. The shared tables
 * {@code src/test/resources/search/normalisation-cases*.tsv} are checked against both. All methods are pure; null
 * input is rejected with a {@link NullPointerException}.
 *
 * @param language  the language these rules are for ({@code fr}, {@code en})
 * @param version   written into the index so that a reader can refuse an index built with different rules
 * @param elisions  words dropped when an apostrophe joins them to the next word
 * @param contractions words dropped when an apostrophe joins them to the word before
 * @param stopWords folded words neither indexed nor searched
 * @param stemmer   folded word → stem
 */
public record SearchNormalizer(String language, int version, Set<String> elisions, Set<String> contractions,
        Set<String> stopWords, UnaryOperator<String> stemmer) {

    public SearchNormalizer {
        elisions = Set.copyOf(elisions);
        contractions = Set.copyOf(contractions);
        stopWords = Set.copyOf(stopWords);
    }

    /**
     * The rules of a site language: English for {@code en} and {@code en-*}, French otherwise (French was the only
     * language before, so that every site keeps the search it had).
     */
    public static SearchNormalizer forLanguage(String language) {
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        return lang.equals("en") || lang.startsWith("en-") ? EnglishNormalizer.RULES : FrenchNormalizer.RULES;
    }

    /** One token of folded text with what follows it, as the tokenizer sees it. */
    record Token(String text, boolean joinedToNext) {}

    /**
     * Lowercases, decomposes (NFKD), strips combining marks U+0300–U+036F and expands ligatures
     * ({@code œ æ ß ø}). The result may still contain non-letters; the tokenizer splits on them.
     */
    public static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
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

    static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Runs of [a-z0-9] of the folded text, elisions and contractions removed, stop words kept. */
    List<Token> rawTokens(String text) {
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
                    && elisions.contains(word);
            boolean contracted = start >= 2 && isApostrophe(s.charAt(start - 1)) && isWordChar(s.charAt(start - 2))
                    && contractions.contains(word);
            if (elided || contracted) {
                continue;
            }
            boolean joined = i + 1 < n && isHyphen(s.charAt(i)) && isWordChar(s.charAt(i + 1));
            tokens.add(new Token(word, joined));
        }
        return tokens;
    }

    /** Folded words of the text, elisions and contractions removed, stop words kept, not stemmed. */
    public List<String> words(String text) {
        return rawTokens(text).stream().map(Token::text).toList();
    }

    /** The stem of one folded word. */
    public String stem(String word) {
        return stemmer.apply(word);
    }

    /**
     * The search terms of a query: folded, elisions and stop words removed, stemmed. This is the function that
     * {@code normalise()} in search.js mirrors.
     */
    public List<String> queryTerms(String text) {
        List<String> terms = new ArrayList<>();
        for (Token t : rawTokens(text)) {
            if (!stopWords.contains(t.text())) {
                terms.add(stem(t.text()));
            }
        }
        return terms;
    }

    /**
     * The terms under which a text is indexed: {@link #queryTerms} plus, for hyphenated compounds, the stem of
     * the joined word ({@code anti-résorbeur} is also indexed as {@code antiresorbeur}), so that both spellings
     * find it.
     */
    public List<String> indexTerms(String text) {
        List<Token> tokens = rawTokens(text);
        List<String> terms = new ArrayList<>();
        StringBuilder compound = new StringBuilder();
        int parts = 0;
        for (Token t : tokens) {
            if (!stopWords.contains(t.text())) {
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
}
