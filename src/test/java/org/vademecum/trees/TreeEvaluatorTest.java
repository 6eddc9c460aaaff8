package org.vademecum.trees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vademecum.model.SiteContent;
import org.vademecum.model.tree.DecisionTree;
import org.vademecum.model.tree.Variable;
import org.vademecum.model.tree.TreeCase;

/**
 * The Java evaluator on the real trees of content/: every authored case, and each tree against an independent
 * reading of its source (the GRIO 2018 table, recommendations 1 to 5, the stopping conditions, the ISCD slide),
 * over a grid of answers that includes every threshold.
 */
class TreeEvaluatorTest {
    static SiteContent content;

    @BeforeAll
    static void load() {
        content = TreeContentTest.content();
    }

    static DecisionTree tree(String id) {
        return content.findTree(id).orElseThrow();
    }

    static Evaluation run(String treeId, Map<String, String> raw) {
        try {
            return TreeEvaluator.evaluate(tree(treeId), TreeEvaluator.parse(tree(treeId), raw));
        } catch (InvalidAnswerException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static Map<String, String> answers(Object... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], String.valueOf(kv[i + 1]));
        return m;
    }

    static Set<String> recs(Evaluation e) {
        assertTrue(e.complete(), () -> "incomplete, next: " + e.next().map(v -> v.name()).orElse("?"));
        return new TreeSet<>(e.outcome().get().recommendationIds());
    }

    @Test
    void everyAuthoredCaseEvaluatesToItsOutcome() {
        int count = 0;
        for (DecisionTree tree : content.trees()) {
            for (TreeCase c : tree.cases()) {
                Map<String, String> raw = new LinkedHashMap<>();
                c.answers().forEach(a -> raw.put(a.variable(), a.value()));
                Evaluation e = run(tree.id(), raw);
                assertEquals(c.outcome().id(), e.outcome().map(o -> o.id()).orElse(null), tree.id() + ": " + c.name());
                count++;
            }
        }
        assertTrue(count >= 50, "expected many cases, found " + count);
    }

    /** The GRIO/SFR 2018 table of the content notes, cell by cell, thresholds included. */
    @ParameterizedTest(name = "{0}, T = {1} -> {2}")
    @CsvSource({
            "severe, 0, avis-specialiste", "severe, -0.9, avis-specialiste", "severe, -1, traiter",
            "severe, -1.5, traiter", "severe, -2, traiter", "severe, -2.5, traiter", "severe, -3, traiter",
            "severe, -4, traiter",
            "non-severe, 0, pas-de-traitement", "non-severe, -0.9, pas-de-traitement", "non-severe, -1, avis-specialiste",
            "non-severe, -1.9, avis-specialiste", "non-severe, -2, traiter", "non-severe, -2.5, traiter",
            "non-severe, -3, traiter", "non-severe, -5, traiter",
            "aucune, 1, pas-de-traitement", "aucune, -1, pas-de-traitement", "aucune, -1.9, pas-de-traitement",
            "aucune, -2, avis-specialiste", "aucune, -2.5, avis-specialiste", "aucune, -2.9, avis-specialiste",
            "aucune, -3, traiter", "aucune, -3.1, traiter",
    })
    void indicationFollowsTheGrioTable(String fracture, String t, String outcome) {
        Evaluation e = run("indication-traitement", answers("fracture", fracture, "t_score", t));
        assertEquals(outcome, e.outcome().orElseThrow().id());
        assertEquals(Set.of(), recs(e));
    }

    /** Recommendations 1 to 5, read independently of the tree, over every combination of a grid of answers. */
    @Test
    void choiceListsExactlyTheRecommendationsThatApply() {
        int combinations = 0;
        boolean[] tf = {true, false};
        for (boolean esf : tf) for (int vert : new int[] {0, 1, 2, 3}) for (int age : new int[] {50, 59, 60, 64, 65, 80})
            for (boolean climat : tf) for (boolean severeOther : tf) for (boolean hanche : tf) for (boolean chute : tf)
                for (boolean fnv : tf) for (String t : new String[] {"-3.5", "-3", "-2.9", "-1"}) {
                    // An other severe fracture (pelvis, humerus, femur, tibia, ribs) is a non-vertebral fracture.
                    if (severeOther && !fnv) continue;
                    Set<String> expected = new TreeSet<>();
                    boolean severe = esf || vert >= 1 || severeOther;
                    boolean nonVertebral = esf || fnv;
                    if (esf) expected.add("zoledronate-fracture-esf");
                    if (vert >= 2) expected.add("teriparatide-deux-fractures-vertebrales");
                    if (age < 65 && !hanche && !chute && !nonVertebral) expected.add("raloxifene-moins-65-ans");
                    if (age < 60 && climat && !severe) expected.add("thm-moins-60-ans");
                    if (Double.parseDouble(t) <= -3) expected.add("injectables-t-score-bas");
                    Evaluation e = run("choix-traitement", answers("fracture_esf", yn(esf), "fractures_vertebrales", vert,
                            "age", age, "troubles_climateriques", yn(climat), "fracture_severe", yn(severeOther),
                            "t_score_hanche_bas", yn(hanche), "risque_chute", yn(chute),
                            "fracture_non_vertebrale", yn(fnv), "t_score", t));
                    assertEquals(expected, recs(e), "esf=" + esf + " vert=" + vert + " age=" + age + " climat=" + climat
                            + " severe=" + severeOther + " hanche=" + hanche + " chute=" + chute + " fnv=" + fnv + " t=" + t);
                    combinations++;
                }
        assertTrue(combinations > 2000);
    }

    @Test
    void choiceAsksOnlyWhatMatters() {
        Evaluation e = run("choix-traitement", answers("fracture_esf", "oui", "fractures_vertebrales", 0, "t_score", -2));
        assertEquals(List.of("fracture_esf", "fractures_vertebrales", "t_score"), variables(e));
        e = run("choix-traitement", answers("fracture_esf", "non", "fractures_vertebrales", 0, "age", 70));
        assertEquals("t_score", e.next().orElseThrow().name());
    }

    /** The stopping conditions of the source: 3 years or more, no fracture, no new risk factor, no loss, femoral T. */
    @Test
    void stoppingFollowsTheConditions() {
        boolean[] tf = {true, false};
        for (String duree : new String[] {"2.9", "3", "4.5", "5", "7"}) for (boolean fracture : tf) for (boolean fdr : tf)
            for (String perte : new String[] {"-0.05", "0", "0.03", "0.031", "0.1"})
                for (String t : new String[] {"-3", "-2.5", "-2.4", "-2", "-1.9", "0"}) {
                  for (String traitement : new String[] {"bisphosphonate", "denosumab", "teriparatide", "autre"}) {
                    String expected;
                    Set<String> expectedRecs;
                    if (Double.parseDouble(duree) < 3) {
                        expected = "avant-3-ans";
                        expectedRecs = Set.of("evaluation-traitement-2-3-ans", "poursuite-traitement");
                    } else if (fracture || fdr || Double.parseDouble(perte) > 0.03 || Double.parseDouble(t) <= -2.5) {
                        expected = "conditions-non-reunies";
                        expectedRecs = Set.of("poursuite-traitement");
                    } else {
                        expected = Double.parseDouble(t) <= -2 ? "interruption-a-discuter" : "interruption-recommandee";
                        // Stopping denosumab or teriparatide means following its sequence (grade B).
                        if (traitement.equals("denosumab")) {
                            expected += "-denosumab";
                            expectedRecs = Set.of("arret-traitement", "sequence-denosumab-bisphosphonate");
                        } else if (traitement.equals("teriparatide")) {
                            expected += "-teriparatide";
                            expectedRecs = Set.of("arret-traitement", "sequence-teriparatide-antiresorbeur");
                        } else {
                            expectedRecs = Set.of("arret-traitement");
                        }
                    }
                    Evaluation e = run("arret-traitement", answers("traitement_en_cours", traitement, "duree_traitement_ans", duree,
                            "fracture_sous_traitement", yn(fracture), "nouveaux_facteurs_risque", yn(fdr),
                            "perte_dmo_g_cm2", perte, "t_score_femoral", t));
                    String where = traitement + " " + duree + " " + fracture + " " + fdr + " " + perte + " " + t;
                    assertEquals(expected, e.outcome().orElseThrow().id(), where);
                    assertEquals(expectedRecs, recs(e), where);
                  }
                }
    }

    @ParameterizedTest(name = "{0} -> {1} [{2}]")
    @CsvSource({"teriparatide, apres-teriparatide, sequence-teriparatide-antiresorbeur",
            "denosumab, apres-denosumab, sequence-denosumab-bisphosphonate",
            "bisphosphonate, apres-bisphosphonate, relais-bisphosphonates",
            "raloxifene, apres-raloxifene, ''", "thm, apres-thm, ''"})
    void sequences(String traitement, String outcome, String rec) {
        Evaluation e = run("sequence-therapeutique", answers("traitement", traitement));
        assertEquals(outcome, e.outcome().orElseThrow().id());
        assertEquals(rec.isEmpty() ? Set.of() : Set.of(rec), recs(e));
    }

    /** ISCD 2015 slide: "Douleurs rachidiennes et" (height loss >= 4 cm, prospective >= 2 cm, vertebral fracture, risky treatment), two readings. */
    @Test
    void spineImaging() {
        boolean[] tf = {true, false};
        for (boolean pain : tf) for (String loss : new String[] {"0", "3.9", "4", "6"})
            for (String prospective : new String[] {"0", "1.9", "2", "3"}) for (boolean fracture : tf) for (boolean risk : tf) {
                boolean criterion = Double.parseDouble(loss) >= 4 || Double.parseDouble(prospective) >= 2 || fracture || risk;
                // Both readings of the slide agree when there are pain and a criterion (imaging) or neither (no
                // indication); pain alone or a criterion alone is "à discuter".
                String expected = pain && criterion ? "imagerie-rachis-indiquee"
                        : pain ? "douleurs-seules-a-discuter"
                        : criterion ? "critere-sans-douleurs-a-discuter" : "aucun-element";
                Evaluation e = run("imagerie-rachis", answers("douleurs_rachidiennes", yn(pain), "perte_taille_cm", loss,
                        "perte_taille_prospective_cm", prospective, "antecedent_fracture_vertebrale", yn(fracture),
                        "traitement_risque_vertebral", yn(risk)));
                String id = e.outcome().orElseThrow().id();
                assertEquals(expected, id, pain + " " + loss + " " + prospective + " " + fracture + " " + risk);
                assertEquals(pain || criterion ? Set.of("indications-imagerie-rachis") : Set.of(), recs(e));
            }
    }

    @Test
    void missingAnswerStopsAtTheQuestionThatNeedsIt() {
        Evaluation e = run("indication-traitement", answers("fracture", "aucune"));
        assertFalse(e.complete());
        assertEquals("t_score", e.next().orElseThrow().name());
        assertEquals(1, e.path().size());
        e = run("indication-traitement", Map.of());
        assertEquals("fracture", e.next().orElseThrow().name());
    }

    @Test
    void rangeAnswersDecideWhenTheyFitOneBranch() {
        assertEquals("traiter", run("indication-traitement", answers("fracture", "aucune", "t_score", "le:-3"))
                .outcome().orElseThrow().id());
        assertEquals("avis-specialiste", run("indication-traitement",
                answers("fracture", "aucune", "t_score", "gt:-3,le:-2")).outcome().orElseThrow().id());
        Evaluation imprecise = run("indication-traitement", answers("fracture", "aucune", "t_score", "le:-2"));
        assertFalse(imprecise.complete());
        assertTrue(imprecise.imprecise());
        // A range from another tree's branch: T <= -3 serves the severe-fracture question too.
        assertEquals("traiter", run("indication-traitement", answers("fracture", "severe", "t_score", "le:-3"))
                .outcome().orElseThrow().id());
        // Integers: "< 2" means 0 or 1.
        assertEquals("age-une-fracture-vertebrale", run("choix-traitement",
                answers("fracture_esf", "non", "fractures_vertebrales", "ge:1,lt:2")).pending().orElseThrow().id());
    }

    @Test
    void answersAreParsedStrictly() {
        DecisionTree t = tree("choix-traitement");
        assertThrows(InvalidAnswerException.class, () -> TreeEvaluator.parse(t, answers("fracture_esf", "peut-etre")));
        assertThrows(InvalidAnswerException.class, () -> TreeEvaluator.parse(t, answers("age", "61.5")));
        assertThrows(InvalidAnswerException.class, () -> TreeEvaluator.parse(t, answers("age", "200")));
        assertThrows(InvalidAnswerException.class, () -> TreeEvaluator.parse(t, answers("t_score", "abc")));
        assertThrows(InvalidAnswerException.class, () -> TreeEvaluator.parse(t, answers("t_score", "le:-20")));
        assertThrows(InvalidAnswerException.class, () -> TreeEvaluator.parse(t, answers("t_score", "lt:-1,gt:0")));
        assertThrows(InvalidAnswerException.class, () -> TreeEvaluator.parse(t, answers("inconnue", "1")));
        Map<String, Answer> ok = assertOk(t, answers("fracture_esf", "OUI", "t_score", "\u22122,50", "age", "+64"));
        // Yes/no answers are language-neutral in data; the French spellings of earlier content still read.
        assertEquals(new Answer.Choice(Variable.YES), ok.get("fracture_esf"));
        assertEquals(new Answer.Choice(Variable.NO), assertOk(t, answers("fracture_esf", "No")).get("fracture_esf"));
        assertEquals(new Answer.Choice(Variable.NO), assertOk(t, answers("fracture_esf", "non")).get("fracture_esf"));
        assertEquals("-2.5", ok.get("t_score").text());
        assertEquals("64", ok.get("age").text());
    }

    @Test
    void boundaryCasesCoverEveryThreshold() {
        List<String> values = new ArrayList<>();
        for (BoundaryCases.BoundaryCase c : BoundaryCases.generate(tree("indication-traitement"))) {
            if (c.question().equals("t-score-sans-fracture")) values.add(c.value());
            assertEquals(c.value(), c.answers().get(c.variable()));
        }
        assertTrue(values.containsAll(List.of("-3.1", "-3", "-2.9", "-2.1", "-2", "-1.9", "-3.001", "-2.999")), values.toString());
        List<String> perte = BoundaryCases.generate(tree("arret-traitement")).stream()
                .filter(c -> c.variable().equals("perte_dmo_g_cm2")).map(BoundaryCases.BoundaryCase::value).toList();
        assertTrue(perte.containsAll(List.of("0.029", "0.03", "0.031")), perte.toString());
    }

    private static Map<String, Answer> assertOk(DecisionTree t, Map<String, String> raw) {
        try {
            return TreeEvaluator.parse(t, raw);
        } catch (InvalidAnswerException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    private static List<String> variables(Evaluation e) {
        return e.path().stream().map(s -> s.variable().name()).toList();
    }

    private static String yn(boolean b) {
        return b ? "oui" : "non";
    }
}
