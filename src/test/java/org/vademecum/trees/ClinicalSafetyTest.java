package org.vademecum.trees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vademecum.model.Recommendation;
import org.vademecum.model.Ref;
import org.vademecum.model.SiteContent;
import org.vademecum.model.TherapeuticSequence;

/**
 * Clinical corrections of issue 8: stopping denosumab or teriparatide follows its grade B sequence; the five numbered
 * recommendations are not attributed to Briot 2018; the bisphosphonate relay is not a sequence; spine imaging asks the
 * criteria also without pain. Uses the same entry point as {@link DecideCommandTest}.
 */
class ClinicalSafetyTest {

    private static Set<String> recommendations(JsonNode j) {
        Set<String> ids = new TreeSet<>();
        j.get("recommendations").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    private static JsonNode stop(String treatment, String femoralT) throws Exception {
        return DecideCommandTest.json(DecideCommandTest.decide("arret-traitement", "--json",
                "--set", "traitement_en_cours=" + treatment, "--set", "duree_traitement_ans=5",
                "--set", "fracture_sous_traitement=non", "--set", "nouveaux_facteurs_risque=non",
                "--set", "perte_dmo_g_cm2=0", "--set", "t_score_femoral=" + femoralT));
    }

    /** The reviewed case: denosumab for 5 years, stable, femoral T -1.8. */
    @Test
    void stoppingDenosumabListsTheBisphosphonateSequence() throws Exception {
        JsonNode j = stop("denosumab", "-1.8");
        assertTrue(j.get("complete").asBoolean());
        assertTrue(recommendations(j).contains("sequence-denosumab-bisphosphonate"), j.toString());
    }

    @Test
    void stoppingTeriparatideListsTheAntiresorptiveSequence() throws Exception {
        JsonNode j = stop("teriparatide", "-1.8");
        assertTrue(j.get("complete").asBoolean());
        assertTrue(recommendations(j).contains("sequence-teriparatide-antiresorbeur"), j.toString());
    }

    /** Every outcome that leads to stopping (recommended or to be discussed) carries the treatment's sequence. */
    @ParameterizedTest(name = "{0}, T fémoral {1}")
    @CsvSource({"denosumab, -1.8", "denosumab, -2", "denosumab, -2.4", "teriparatide, -1.8", "teriparatide, -2",
            "teriparatide, -2.4", "bisphosphonate, -1.8", "bisphosphonate, -2.2", "autre, -1.8", "autre, -2.2"})
    void everyStoppingOutcomeFollowsTheSequence(String treatment, String femoralT) throws Exception {
        Set<String> recs = recommendations(stop(treatment, femoralT));
        assertTrue(recs.contains("arret-traitement"), recs.toString());
        assertEquals(treatment.equals("denosumab"), recs.contains("sequence-denosumab-bisphosphonate"), recs.toString());
        assertEquals(treatment.equals("teriparatide"), recs.contains("sequence-teriparatide-antiresorbeur"), recs.toString());
    }

    @Test
    void theFiveNumberedRecommendationsDoNotCiteBriot2018() {
        SiteContent content = TreeContentTest.content();
        List<String> ids = List.of("zoledronate-fracture-esf", "teriparatide-deux-fractures-vertebrales",
                "raloxifene-moins-65-ans", "thm-moins-60-ans", "injectables-t-score-bas");
        for (String id : ids) {
            Recommendation r = content.findRecommendation(id).orElseThrow();
            List<String> sources = new ArrayList<>(r.sources().stream().map(Ref::id).toList());
            assertFalse(sources.contains("briot-2018"), id + " cites briot-2018");
            String note = r.sourceNote() == null ? "" : r.sourceNote();
            assertFalse(note.contains("Briot"), id + " attributes itself to Briot in its source note");
        }
    }

    @Test
    void theBisphosphonateRelayIsARecommendationNotASequence() {
        SiteContent content = TreeContentTest.content();
        for (TherapeuticSequence s : content.sequences()) {
            assertFalse(s.id().equals("relais-bisphosphonates"), "relais-bisphosphonates is shown as a sequence");
        }
        Recommendation relay = content.findRecommendation("relais-bisphosphonates").orElseThrow();
        assertEquals("A", relay.gradeId());
    }

    /** Without spinal pain the tree goes on with the criteria; with pain alone or a criterion alone it says "à discuter". */
    @Test
    void spineImagingAsksTheCriteriaWithoutPain() throws Exception {
        JsonNode noPain = DecideCommandTest.json(DecideCommandTest.decide("imagerie-rachis", "--json",
                "--set", "douleurs_rachidiennes=non"));
        assertFalse(noPain.get("complete").asBoolean());
        assertEquals("perte_taille_cm", noPain.get("next").asText());
        JsonNode criterion = DecideCommandTest.json(DecideCommandTest.decide("imagerie-rachis", "--json",
                "--set", "douleurs_rachidiennes=non", "--set", "perte_taille_cm=5"));
        assertEquals("critere-sans-douleurs-a-discuter", criterion.get("outcome").asText());
        JsonNode both = DecideCommandTest.json(DecideCommandTest.decide("imagerie-rachis", "--json",
                "--set", "douleurs_rachidiennes=oui", "--set", "perte_taille_cm=5"));
        assertEquals("imagerie-rachis-indiquee", both.get("outcome").asText());
    }
}
