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
}
