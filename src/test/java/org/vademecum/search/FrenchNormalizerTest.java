package org.vademecum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrenchNormalizerTest {

    /** Rows of {@code normalisation-cases.tsv}: input, expected terms. Shared with the browser test. */
    static List<String[]> cases() throws IOException {
        return cases("/search/normalisation-cases.tsv");
    }

    /** Rows of a shared normalisation table (a classpath resource): input, expected terms. */
    static List<String[]> cases(String resource) throws IOException {
        try (InputStream in = FrenchNormalizerTest.class.getResourceAsStream(resource)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                rows.add(new String[] {line.substring(0, tab), line.substring(tab + 1)});
            }
            return rows;
        }
    }

    static Stream<Arguments> sharedCases() throws IOException {
        return cases().stream().map(r -> Arguments.of(r[0], r[1]));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("sharedCases")
    void queryTermsMatchTheSharedTable(String input, String expected) {
        assertEquals(expected, String.join(" ", FrenchNormalizer.queryTerms(input)));
    }

    @Test
    void theSharedTableIsLargeEnoughToMeanSomething() throws IOException {
        assertTrue(cases().size() >= 60, "normalisation-cases.tsv has " + cases().size() + " rows");
    }

    @Test
    void foldsCaseAccentsAndLigatures() {
        assertEquals("oestrogenes coeur aequo strasse", FrenchNormalizer.fold("Œstrogènes cœur æquo Straße"));
        assertEquals("eeeeaaicuo", FrenchNormalizer.fold("éèêëàâîçùô"));
    }

    @Test
    void singularAndPluralMasculineAndFeminineShareAStem() {
        List<List<String>> families = List.of(
                List.of("osseux", "osseuse", "osseuses"),
                List.of("vertébral", "vertébrale", "vertébraux", "vertébrales"),
                List.of("fracture", "fractures"),
                List.of("professionnel", "professionnelle", "professionnels", "professionnelles"),
                List.of("préventif", "préventive", "préventives", "préventifs"),
                List.of("premier", "première", "premiers", "premières"),
                List.of("abaissé", "abaissée", "abaissés", "abaissées"),
                List.of("niveau", "niveaux"),
                List.of("densitométrique", "densitométriques"),
                List.of("antécédent", "antécédents"),
                List.of("bisphosphonate", "bisphosphonates"),
                List.of("chute", "chutes"));
        for (List<String> family : families) {
            List<String> stems = family.stream().map(w -> FrenchNormalizer.stem(FrenchNormalizer.fold(w))).distinct().toList();
            assertEquals(1, stems.size(), family + " -> " + stems);
        }
    }

    @Test
    void elisionsAreRemovedOnlyBeforeAWord() {
        assertEquals(List.of("osteoporos"), FrenchNormalizer.queryTerms("l'ostéoporose"));
        assertEquals(List.of("osteoporos"), FrenchNormalizer.queryTerms("d’ostéoporose"));
        assertEquals(List.of("vitamin", "d"), FrenchNormalizer.queryTerms("vitamine D"));
        assertEquals(List.of("t", "scor"), FrenchNormalizer.queryTerms("T-score"));
    }

    @Test
    void hyphenatedCompoundsAreIndexedJoinedToo() {
        assertEquals(List.of("anti", "resorbeur", "antiresorbeur"), FrenchNormalizer.indexTerms("anti-résorbeur"));
        assertEquals(List.of("25", "oh", "d", "25ohd"), FrenchNormalizer.indexTerms("25-OH-D"));
        assertEquals(List.of("post", "menopausiqu", "postmenopausiqu"), FrenchNormalizer.indexTerms("post-ménopausique"));
        assertEquals(FrenchNormalizer.queryTerms("antirésorbeur").get(0), FrenchNormalizer.indexTerms("anti-résorbeur").get(2));
    }

    @Test
    void abbreviationsAndNumbersAreKept() {
        assertEquals(List.of("dmo", "tpd", "frax", "ipp", "25", "ohd"), FrenchNormalizer.queryTerms("DMO TPD FRAX IPP 25 OHD"));
        assertEquals(Arrays.asList("7", "5", "mg", "j"), FrenchNormalizer.queryTerms("7,5 mg/j"));
    }

    @Test
    void stopWordsAloneGiveNoTerm() {
        assertEquals(List.of(), FrenchNormalizer.queryTerms("le la les de des du et en à"));
    }

    /**
     * The words found by folding character by character (a table for the common blocks) are those found by
     * folding the whole text at once, as the normaliser first did: every character of the table in context, and
     * random mixes with accents, ligatures, compatibility forms and characters outside the table.
     */
    @Test
    void foldingByCharacterFindsTheWordsOfFoldingTheWholeText() {
        List<SearchNormalizer> rules = List.of(FrenchNormalizer.RULES, EnglishNormalizer.RULES);
        for (char c = 0; c < 0x2400; c++) {
            String text = "Ab" + c + "'é" + c + "-x" + c + "s'" + c + "l'" + c + "os" + c;
            for (SearchNormalizer r : rules) assertEquals(wordsFoldedWhole(r, text), words(r, text), text);
        }
        String pool = "aZe9 '’ʼ-‐‑.,é\u0301\u0327\u0338\u0345\u0951ŒæßøﬁŉǄ²½ªº™№ⅣİΣσ\u2028\u202f\u00a0…«»ł";
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                int pick = random.nextInt(10);
                if (pick == 0) text.append((char) (0x80 + random.nextInt(0x2380)));
                else if (pick == 1) text.appendCodePoint(0x2400 + random.nextInt(0x1fc00));
                else text.append(pool.charAt(random.nextInt(pool.length())));
            }
            for (SearchNormalizer r : rules) assertEquals(wordsFoldedWhole(r, text.toString()), words(r, text.toString()));
        }
    }

    /** Each word, followed by {@code -} when joined to the next. */
    private static List<String> words(SearchNormalizer rules, String text) {
        List<String> words = new ArrayList<>();
        rules.words(text, (word, joined) -> words.add(joined ? word + "-" : word));
        return words;
    }

    /** {@link #words} as the tokenizer found them when it folded the whole text at once with {@link SearchNormalizer#fold}. */
    private static List<String> wordsFoldedWhole(SearchNormalizer rules, String text) {
        String s = SearchNormalizer.fold(text);
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (!SearchNormalizer.isWordChar(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && SearchNormalizer.isWordChar(s.charAt(i))) i++;
            String word = s.substring(start, i);
            boolean elided = i + 1 < s.length() && SearchNormalizer.isApostrophe(s.charAt(i))
                    && SearchNormalizer.isWordChar(s.charAt(i + 1)) && rules.elisions().contains(word);
            boolean contracted = start >= 2 && SearchNormalizer.isApostrophe(s.charAt(start - 1))
                    && SearchNormalizer.isWordChar(s.charAt(start - 2)) && rules.contractions().contains(word);
            if (elided || contracted) continue;
            boolean joined = i + 1 < s.length() && SearchNormalizer.isHyphen(s.charAt(i)) && SearchNormalizer.isWordChar(s.charAt(i + 1));
            words.add(joined ? word + "-" : word);
        }
        return words;
    }
}
