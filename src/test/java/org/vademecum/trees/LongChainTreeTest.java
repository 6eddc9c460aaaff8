package org.vademecum.trees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;
import org.vademecum.model.Ref;
import org.vademecum.model.tree.Branch;
import org.vademecum.model.tree.Condition;
import org.vademecum.model.tree.DecisionTree;
import org.vademecum.model.tree.Interval;
import org.vademecum.model.tree.Outcome;
import org.vademecum.model.tree.Question;
import org.vademecum.model.tree.TreeCase;
import org.vademecum.model.tree.Variable;
import org.vademecum.model.tree.VariableType;

/**
 * A tree of 10,000 questions in a line, built directly as a model, goes through every component that walks tree
 * nodes without a {@link StackOverflowError} and in reasonable time: the input controls the depth, so nothing may
 * recurse on it. (The timeout is generous because the machine running the tests may be shared.)
 */
class LongChainTreeTest {
    static final int N = 10_000;
    static final SourcePosition AT = new SourcePosition("content/trees/long.yaml", 1, 1);

    /** q0 → q1 → … → q(N-1) → fin on "oui"; every "non" ends at "stop"; {@code cycle} sends the last "oui" to q0. */
    static DecisionTree chain(int n, boolean numeric, boolean cycle) {
        Map<String, Variable> variables = new LinkedHashMap<>();
        Map<String, Question> questions = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String name = "v" + i;
            variables.put(name, numeric
                    ? new Variable(name, VariableType.INTEGER, "V" + i, "Valeur " + i + " ?", null, null, null, List.of(),
                            BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE, AT)
                    : new Variable(name, VariableType.YES_NO, "V" + i, "Question " + i + " ?", null, null, null,
                            List.of(new Variable.Option(Variable.YES, null, AT), new Variable.Option(Variable.NO, null, AT)),
                            null, null, null, AT));
            String next = i + 1 < n ? "q" + (i + 1) : cycle ? "q0" : "fin";
            Condition yes = numeric ? new Condition.Range(new Interval(new BigDecimal(5), true, null, false), ">= 5")
                    : new Condition.Is(Variable.YES, "oui");
            Condition no = numeric ? new Condition.Range(new Interval(null, false, new BigDecimal(5), false), "< 5")
                    : new Condition.Is(Variable.NO, "non");
            questions.put("q" + i, new Question("q" + i, name, null,
                    List.of(new Branch(yes, next, null, AT, AT), new Branch(no, "stop", null, AT, AT)), AT, AT));
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        outcomes.put("fin", new Outcome("fin", "Fin", List.of(), null, AT));
        outcomes.put("stop", new Outcome("stop", "Arrêt", List.of(), null, AT));
        List<TreeCase.Answer> all = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) all.add(new TreeCase.Answer("v" + i, numeric ? "7" : "oui", AT));
        List<TreeCase> cases = List.of(new TreeCase("au bout", all, new Ref("fin", AT), List.of(), AT),
                new TreeCase("arrêt", List.of(new TreeCase.Answer("v0", numeric ? "2" : "non", AT)), new Ref("stop", AT),
                        List.of(), AT));
        return new DecisionTree("long", "Long", null, null, null, List.of(), new Ref("q0", AT), variables, questions,
                outcomes, cycle ? List.of() : cases, AT);
    }

    static void fast(Runnable r) {
        assertTimeoutPreemptively(Duration.ofSeconds(60), r::run);
    }

    @Test
    void verifierEvaluatorAndBoundaryCasesOnAYesNoChain() {
        DecisionTree tree = chain(N, false, false);
        fast(() -> {
            Diagnostics d = new Diagnostics();
            TreeVerifier.verify(tree, Set.of(), d);
            assertEquals(List.of(), d.list());
            Map<String, Answer> yes = new HashMap<>();
            for (int i = 0; i < N; i++) yes.put("v" + i, new Answer.Choice(Variable.YES));
            Evaluation e = TreeEvaluator.evaluate(tree, yes);
            assertEquals("fin", e.outcome().orElseThrow().id());
            assertEquals(N, e.path().size());
            assertEquals(0, BoundaryCases.generate(tree).size());
        });
    }

    @Test
    void aCycleThroughTheWholeChainIsReportedWithoutRecursion() {
        DecisionTree tree = chain(N, false, true);
        fast(() -> {
            Diagnostics d = new Diagnostics();
            TreeVerifier.verify(tree, Set.of(), d);
            assertEquals(1, d.list().size());
            assertTrue(d.list().get(0).message().startsWith("cycle: q0 -> q1 -> q2"));
            assertTrue(d.list().get(0).message().endsWith("q9999 -> q0"));
        });
    }

    @Test
    void pageViewJsonAndDiagramOnAChain() {
        DecisionTree tree = chain(N, false, false);
        fast(() -> {
            assertEquals(N + 2, TreePageView.readingOrder(tree).size());
            // The page view draws the diagram (TreeDiagram) and writes the JSON (TreeJson) as well.
            TreePageView view = TreePageView.of(tree, md -> md, id -> Optional.empty(), new TreeLabels("fr", k -> k));
            assertEquals(N, view.questions().size());
        });
    }

    @Test
    void numericChainBoundaryCasesDoNotRecurse() {
        // Boundary cases of numeric questions carry the answers of the path to them, so their size grows with the
        // square of the depth: the full verification runs on 300 questions, the evaluation on 10,000.
        DecisionTree shorter = chain(300, true, false);
        DecisionTree tree = chain(N, true, false);
        fast(() -> {
            Diagnostics d = new Diagnostics();
            TreeVerifier.verify(shorter, Set.of(), d);
            assertEquals(List.of(), d.list());
            assertEquals(900, BoundaryCases.generate(shorter).size());
            Map<String, Answer> answers = new HashMap<>();
            for (int i = 0; i < N; i++) answers.put("v" + i, new Answer.Exact(new BigDecimal(7), "7"));
            assertEquals("fin", TreeEvaluator.evaluate(tree, answers).outcome().orElseThrow().id());
        });
    }
}
