package org.vademecum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EnglishNormalizerTest {
    static final String TABLE = "/search/normalisation-cases-en.tsv";

    static Stream<Arguments> sharedCases() throws IOException {
        return FrenchNormalizerTest.cases(TABLE).stream().map(r -> Arguments.of(r[0], r[1]));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("sharedCases")
    void queryTermsMatchTheSharedTable(String input, String expected) {
        assertEquals(expected, String.join(" ", EnglishNormalizer.RULES.queryTerms(input)));
    }

    @Test
    void theSharedTableIsLargeEnoughToMeanSomething() throws IOException {
        assertTrue(FrenchNormalizerTest.cases(TABLE).size() >= 60);
    }

    @Test
    void theSiteLanguageChoosesTheRules() {
        assertSame(EnglishNormalizer.RULES, SearchNormalizer.forLanguage("en"));
        assertSame(EnglishNormalizer.RULES, SearchNormalizer.forLanguage("en-GB"));
        assertSame(FrenchNormalizer.RULES, SearchNormalizer.forLanguage("fr"));
        assertSame(FrenchNormalizer.RULES, SearchNormalizer.forLanguage("fr-CA"));
    }

    @Test
    void pluralsAndVerbFormsShareAStem() {
        List<List<String>> families = List.of(
                List.of("fracture", "fractures", "fractured", "fracturing"),
                List.of("therapy", "therapies"),
                List.of("study", "studies", "studied"),
                List.of("screen", "screens", "screening", "screened"),
                List.of("treat", "treats", "treated", "treating"),
                List.of("bone", "bones"),
                List.of("dose", "doses"),
                List.of("approach", "approaches"),
                List.of("stop", "stopped", "stopping"),
                List.of("fall", "falls", "falling"),
                List.of("increase", "increases", "increased", "increasing"),
                List.of("kidney", "kidneys"));
        for (List<String> family : families) {
            List<String> stems = family.stream().map(EnglishNormalizer::stem).distinct().toList();
            assertEquals(1, stems.size(), family + " -> " + stems);
        }
    }

    @Test
    void wordsThatOnlyLookInflectedAreKept() {
        for (String word : List.of("osteoporosis", "status", "glass", "taking", "used", "bleed", "age")) {
            assertEquals(word, EnglishNormalizer.stem(word));
        }
    }

    @Test
    void possessivesAndContractionsLoseTheirEndingButSingleLettersStay() {
        assertEquals(List.of("patient", "risk"), EnglishNormalizer.RULES.queryTerms("the patient’s risk"));
        assertEquals(List.of("vitamin", "d"), EnglishNormalizer.RULES.queryTerms("vitamin D"));
        assertEquals(List.of("t", "scor"), EnglishNormalizer.RULES.queryTerms("T-score"));
        assertEquals(List.of("25", "oh", "d", "25ohd"), EnglishNormalizer.RULES.indexTerms("25-OH-D"));
    }

    @Test
    void frenchElisionsAreNotEnglish() {
        assertEquals(List.of("l", "os"), EnglishNormalizer.RULES.words("l'os"));
        assertEquals(List.of("os"), FrenchNormalizer.words("l'os"));
    }
}
