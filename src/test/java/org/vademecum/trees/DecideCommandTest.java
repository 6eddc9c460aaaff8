package org.vademecum.trees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vademecum.cli.Main;

/** {@code vademecum decide}: exit codes, the human output and the exact JSON shape. */
class DecideCommandTest {
    static final String PROJECT = System.getProperty("vademecum.projectDir", ".");

    record Run(int code, String out, String err) {}

    static Run decide(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--project")) {
            all.add("--project");
            all.add(PROJECT);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        all.add(0, "decide");
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    static JsonNode json(Run run) throws Exception {
        assertEquals(0, run.code(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void jsonHasExactlyTheDocumentedKeys() throws Exception {
        JsonNode j = json(decide("choix-traitement", "--json", "--set", "fracture_esf=oui", "--set",
                "fractures_vertebrales=2", "--set", "t_score=-3"));
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = j.fieldNames(); it.hasNext(); ) keys.add(it.next());
        assertEquals(List.of("tree", "complete", "path", "outcome", "recommendations", "next"), keys);
        assertEquals("choix-traitement", j.get("tree").asText());
        assertTrue(j.get("complete").asBoolean());
        assertEquals("zoledronate-teriparatide-injectables", j.get("outcome").asText());
        assertTrue(j.get("next").isNull());
        assertEquals(3, j.get("path").size());
        assertEquals("fracture_esf", j.get("path").get(0).get("variable").asText());
        assertEquals("[{\"id\":\"zoledronate-fracture-esf\",\"grade\":\"A\"},"
                + "{\"id\":\"teriparatide-deux-fractures-vertebrales\",\"grade\":\"A\"},"
                + "{\"id\":\"injectables-t-score-bas\",\"grade\":\"accord-professionnel\"}]", j.get("recommendations").toString());
    }

    @Test
    void incompleteAnswersGiveTheNextQuestion() throws Exception {
        JsonNode j = json(decide("indication-traitement", "--json", "--set", "fracture=severe"));
        assertEquals(false, j.get("complete").asBoolean());
        assertTrue(j.get("outcome").isNull());
        assertEquals(0, j.get("recommendations").size());
        assertEquals("t_score", j.get("next").asText());
        Run human = decide("indication-traitement", "--set", "fracture=severe");
        assertEquals(0, human.code());
        assertTrue(human.out().contains("next question: t_score"), human.out());
    }

    @Test
    void gradesAndPathInTheHumanOutput() {
        Run run = decide("arret-traitement", "--set", "duree_traitement_ans=4", "--set", "fracture_sous_traitement=non",
                "--set", "nouveaux_facteurs_risque=non", "--set", "perte_dmo_g_cm2=0.03", "--set", "t_score_femoral=-1.8",
                "--set", "traitement_en_cours=bisphosphonate");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("outcome: interruption-recommandee"), run.out());
        assertTrue(run.out().contains("arret-traitement (Accord professionnel)"), run.out());
        assertTrue(run.out().contains("0,03\u00a0g/cm²"), run.out());
    }

    @Test
    void badInputExitsTwoWithAClearMessage() {
        Run unknownTree = decide("choix-traitment", "--json");
        assertEquals(2, unknownTree.code());
        assertTrue(unknownTree.err().contains("unknown tree 'choix-traitment'"), unknownTree.err());
        assertTrue(unknownTree.err().contains("did you mean 'choix-traitement'?"), unknownTree.err());

        Run unknownVariable = decide("indication-traitement", "--set", "tscore=-2");
        assertEquals(2, unknownVariable.code());
        assertTrue(unknownVariable.err().contains("unknown variable 'tscore'"), unknownVariable.err());

        Run wrongType = decide("indication-traitement", "--set", "t_score=bas");
        assertEquals(2, wrongType.code());
        assertTrue(wrongType.err().contains("t_score must be a number, not 'bas'"), wrongType.err());

        Run outOfRange = decide("choix-traitement", "--set", "age=500");
        assertEquals(2, outOfRange.code());
        assertTrue(outOfRange.err().contains("out of range"), outOfRange.err());

        Run badOption = decide("indication-traitement", "--set", "fracture=grave");
        assertEquals(2, badOption.code());
        assertTrue(badOption.err().contains("expected one of: severe, non-severe, aucune"), badOption.err());

        assertEquals(2, decide("indication-traitement", "--set", "fracture").code());
        assertEquals(2, decide().code());
    }

    @Test
    void answerForAnotherTreeIsIgnoredWithANote() throws Exception {
        Run run = decide("sequence-therapeutique", "--json", "--set", "traitement=denosumab", "--set", "t_score=-2");
        JsonNode j = json(run);
        assertEquals("apres-denosumab", j.get("outcome").asText());
        assertTrue(run.err().contains("does not ask t_score"), run.err());
    }

    @Test
    void brokenContentExitsOneWithTheReport() {
        Path broken = Path.of(PROJECT, "src/test/resources/fixtures/trees-cycle");
        Run run = decide("essai", "--project", broken.toString());
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().contains("content/trees/essai.yaml:39:12: error: cycle: debut -> accord -> debut"), run.err());
    }

    static String outcomeWithTScore(String tScore) throws Exception {
        return json(decide("choix-traitement", "--json", "--set", "fracture_esf=oui", "--set",
                "fractures_vertebrales=2", "--set", "t_score=" + tScore)).get("outcome").asText();
    }

    @Test
    void numbersBeyondDoublePrecisionTakeTheRightBranch() throws Exception {
        // Both are -3.0 as a double; only an exact comparison sends them to different sides of "t_score <= -3".
        assertEquals("zoledronate-teriparatide-injectables", outcomeWithTScore("-3.00000000000000001"));
        assertEquals("zoledronate-teriparatide", outcomeWithTScore("-2.99999999999999999"));
        assertEquals("zoledronate-teriparatide-injectables", outcomeWithTScore("-3.000000000000000000000000000000"));
        // A range that straddles -3 by 1e-19 does not decide between the branches.
        assertEquals("null", outcomeWithTScore("gt:-3.0000000000000000001,le:-2.99999999999999999"));
        assertEquals("zoledronate-teriparatide", outcomeWithTScore("gt:-2.9999999999999999999"));
    }

    @Test
    void decimalCommaAndUnicodeMinusAreAccepted() throws Exception {
        assertEquals("zoledronate-teriparatide", outcomeWithTScore("-2,5"));
        assertEquals("zoledronate-teriparatide", outcomeWithTScore("\u22122.5"));
        assertEquals("zoledronate-teriparatide-injectables", outcomeWithTScore("\u22123,5"));
        assertEquals("zoledronate-teriparatide-injectables", outcomeWithTScore("gt:-4,5,le:\u22123,5"));
        assertEquals(2, decide("choix-traitement", "--set", "t_score=-2.").code());
        assertEquals(2, decide("choix-traitement", "--set", "t_score=1e3").code());
    }
}
