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
        if (!(stemmer instanceof CachedStemmer)) stemmer = new CachedStemmer(stemmer);
    }

    /**
     * A stemmer that remembers the stem of each word: a site has few distinct words, which recur on every page.
     * Its stems are then the same instances, which the index builder's maps compare and hash at no cost.
     */
    private static final class CachedStemmer implements UnaryOperator<String> {
        /** Enough for the vocabulary of a large site; past it, words are stemmed each time. */
        private static final int MAX_WORDS = 200_000;
        private final UnaryOperator<String> stemmer;
        private final java.util.concurrent.ConcurrentHashMap<String, String> stems = new java.util.concurrent.ConcurrentHashMap<>();

        CachedStemmer(UnaryOperator<String> stemmer) {
            this.stemmer = stemmer;
        }

        @Override
        public String apply(String word) {
            String stem = stems.get(word);
            if (stem == null) {
                stem = stemmer.apply(word);
                if (stems.size() < MAX_WORDS) stems.putIfAbsent(word, stem);
            }
            return stem;
        }
    }

    /**
     * The rules of a site language: English for {@code en} and {@code en-*}, French otherwise (French was the only
     * language before, so that every site keeps the search it had).
     */
    public static SearchNormalizer forLanguage(String language) {
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        return lang.equals("en") || lang.startsWith("en-") ? EnglishNormalizer.RULES : FrenchNormalizer.RULES;
    }

    /** Receives the words of a text, folded, in order, with whether a hyphen joins each to the next. */
    interface WordSink {
        void word(String word, boolean joinedToNext);
    }

    /** Receives the terms of a text in order; {@code compound} for the joined stem of a hyphenated compound. */
    interface TermSink {
        void term(String term, boolean compound);
    }

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

    /**
     * {@link #fold} of each character of the blocks below (Latin, combining accents, punctuation, symbols), filled
     * on first use: folding them one by one gives the same words as folding the whole text, and is much cheaper.
     * A text with any other character is folded whole.
     */
    private static final String[] FOLDED = new String[0x2300];

    private static String folded(char c) {
        if (c >= 0x370 && c < 0x2000 || c >= 0x20d0 && c < 0x2100 || c >= FOLDED.length) {
            return null;
        }
        String f = FOLDED[c];
        if (f == null) {
            f = fold(String.valueOf(c));
            FOLDED[c] = f; // a race only computes the same string twice
        }
        return f;
    }

    /** Gives {@code sink} the runs of [a-z0-9] of the folded text, elisions and contractions removed, stop words kept. */
    void words(String text, WordSink sink) {
        // read from an array: String.charAt checks its index on every call
        char[] chars = text.toCharArray();
        char[] s = new char[chars.length + 16];
        int n = 0;
        for (char c : chars) {
            if (c < 0x80) {
                s[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                continue;
            }
            String f = folded(c);
            if (f == null) {
                s = fold(text).toCharArray();
                n = s.length;
                break;
            }
            if (n + f.length() > s.length) {
                s = java.util.Arrays.copyOf(s, 2 * s.length + f.length());
            }
            f.getChars(0, f.length(), s, n);
            n += f.length();
        }
        int i = 0;
        while (i < n) {
            if (!isWordChar(s[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(s[i])) {
                i++;
            }
            String word = new String(s, start, i - start);
            boolean elided = i + 1 < n && isApostrophe(s[i]) && isWordChar(s[i + 1]) && elisions.contains(word);
            boolean contracted = start >= 2 && isApostrophe(s[start - 1]) && isWordChar(s[start - 2])
                    && contractions.contains(word);
            if (elided || contracted) {
                continue;
            }
            sink.word(word, i + 1 < n && isHyphen(s[i]) && isWordChar(s[i + 1]));
        }
    }

    /** Folded words of the text, elisions and contractions removed, stop words kept, not stemmed. */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        words(text, (word, joined) -> words.add(word));
        return words;
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
        indexTerms(text, (term, compound) -> {
            if (!compound) terms.add(term);
        });
        return terms;
    }

    /**
     * The terms under which a text is indexed: {@link #queryTerms} plus, for hyphenated compounds, the stem of
     * the joined word ({@code anti-résorbeur} is also indexed as {@code antiresorbeur}), so that both spellings
     * find it.
     */
    public List<String> indexTerms(String text) {
        List<String> terms = new ArrayList<>();
        indexTerms(text, (term, compound) -> terms.add(term));
        return terms;
    }

    /** Gives {@code sink} the {@link #indexTerms} of the text, in the same order. */
    void indexTerms(String text, TermSink sink) {
        StringBuilder compound = new StringBuilder();
        int[] parts = {0};
        words(text, (word, joinedToNext) -> {
            if (!stopWords.contains(word)) {
                sink.term(stem(word), false);
            }
            compound.append(word);
            parts[0]++;
            if (!joinedToNext) {
                if (parts[0] > 1) {
                    sink.term(stem(compound.toString()), true);
                }
                compound.setLength(0);
                parts[0] = 0;
            }
        });
    }
}
