package org.vademecum.trees;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;
import org.vademecum.diag.Suggestions;
import org.vademecum.model.Ref;
import org.vademecum.model.SiteContent;
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
 * The build-time rules of decision trees, each reported as a {@code path:line:col} error with a hint:
 * <ul>
 * <li>{@code start} and every branch lead to a node that exists; no cycle; every node is reached from the start;
 * no path asks the same variable twice; every declared variable is asked;</li>
 * <li>numeric branches cover the allowed range with no gap and no overlap; choice and yes/no branches cover every
 * answer;</li>
 * <li>outcomes cite existing recommendations (and the tree existing bibliography entries);</li>
 * <li>every {@code cases:} entry evaluates to its outcome and recommendations, and every outcome has a case;</li>
 * <li>generated boundary cases ({@link BoundaryCases}) evaluate without error and take exactly one branch;</li>
 * <li>across trees, a variable name has one type, one set of options and one range.</li>
 * </ul>
 */
public final class TreeVerifier {
    private final Diagnostics diagnostics;

    public TreeVerifier(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Verifies every tree of {@code content} against its recommendations and bibliography. */
    public static void verifyAll(SiteContent content, Diagnostics diagnostics) {
        Set<String> recs = content.recommendations().stream().map(r -> r.id()).collect(Collectors.toSet());
        Set<String> refs = content.references().stream().map(r -> r.id()).collect(Collectors.toSet());
        TreeVerifier verifier = new TreeVerifier(diagnostics);
        for (DecisionTree tree : content.trees()) verifier.verify(tree, recs, refs);
        verifier.verifySharedVariables(content.trees());
    }

    /** Verifies one tree; bibliography ids are not checked. */
    public static void verify(DecisionTree tree, Set<String> recommendationIds, Diagnostics diagnostics) {
        new TreeVerifier(diagnostics).verify(tree, recommendationIds, (Set<String>) null);
    }

    /**
     * Verifies one tree. {@code referenceIds} may be null to skip the check of {@code sources:}.
     */
    public void verify(DecisionTree tree, Set<String> recommendationIds, Set<String> referenceIds) {
        boolean graphOk = checkTargets(tree);
        if (graphOk) graphOk = TreeCycles.report(tree, diagnostics);
        if (graphOk) {
            checkReachable(tree);
            checkAskedTwice(tree);
        }
        checkVariablesUsed(tree);
        Set<String> coverageErrors = new HashSet<>();
        for (Question q : tree.questions().values()) {
            if (!checkCoverage(tree, q)) coverageErrors.add(q.id());
        }
        checkRecommendations(tree, recommendationIds);
        if (referenceIds != null) {
            for (Ref ref : tree.sources()) {
                if (!referenceIds.contains(ref.id())) {
                    diagnostics.error(ref.position(), "unknown bibliography reference '" + ref.id() + "'",
                            didYouMean(ref.id(), referenceIds, "no such id in content/bibliography.yaml"));
                }
            }
        }
        boolean sound = graphOk && coverageErrors.isEmpty() && !hasInvalidCondition(tree);
        if (sound) {
            checkCases(tree);
            checkBoundaries(tree);
        }
    }

    /** Trees that declare the same variable must agree on what its answers are. */
    public void verifySharedVariables(Collection<DecisionTree> trees) {
        Map<String, Variable> first = new HashMap<>();
        List<DecisionTree> sorted = new ArrayList<>(trees);
        sorted.sort(Comparator.comparing(t -> t.position().path()));
        for (DecisionTree tree : sorted) {
            for (Variable v : tree.variables().values()) {
                Variable f = first.putIfAbsent(v.name(), v);
                if (f != null && !signature(f).equals(signature(v))) {
                    diagnostics.error(v.position(), "variable '" + v.name() + "' is declared as " + signature(v)
                            + " here but as " + signature(f) + " at " + f.position(),
                            "a variable name means the same answer in every tree: use the same type, options and range");
                }
            }
        }
    }

    static String signature(Variable v) {
        return switch (v.type()) {
            case YES_NO -> "yes-no";
            case CHOICE -> "choice (" + String.join(", ", v.optionValues()) + ")";
            default -> v.type().key() + " from " + v.min().stripTrailingZeros().toPlainString() + " to "
                    + v.max().stripTrailingZeros().toPlainString();
        };
    }

    private boolean checkTargets(DecisionTree tree) {
        boolean ok = true;
        Set<String> ids = new TreeSet<>(tree.questions().keySet());
        ids.addAll(tree.outcomes().keySet());
        String start = tree.start().id();
        if (!start.isEmpty() && !tree.questions().containsKey(start)) {
            ok = false;
            diagnostics.error(tree.start().position(), tree.outcomes().containsKey(start)
                    ? "start '" + start + "' is an outcome, not a question"
                    : "unknown start question '" + start + "'",
                    didYouMean(start, tree.questions().keySet(), "start names the first question, under 'questions:'"));
        }
        if (start.isEmpty()) ok = false;
        for (Question q : tree.questions().values()) {
            for (Branch b : q.branches()) {
                if (!ids.contains(b.next())) {
                    ok = false;
                    diagnostics.error(b.nextPosition(), "unknown node '" + b.next() + "' in branch '"
                            + b.when().source() + "' of question '" + q.id() + "'",
                            didYouMean(b.next(), ids, "a branch leads to a question or an outcome of this tree"));
                }
            }
            if (q.branches().isEmpty()) {
                ok = false;
                diagnostics.error(q.position(), "question '" + q.id() + "' has no branches",
                        "add 'branches:' with one 'answer: next-node' line per answer");
            }
        }
        return ok;
    }

    private void checkReachable(DecisionTree tree) {
        Set<String> seen = reachable(tree);
        for (Question q : tree.questions().values()) {
            if (!seen.contains(q.id())) {
                diagnostics.error(q.position(), "question '" + q.id() + "' is never reached from start '"
                        + tree.start().id() + "'", "lead a branch to it, or delete it");
            }
        }
        for (Outcome o : tree.outcomes().values()) {
            if (!seen.contains(o.id())) {
                diagnostics.error(o.position(), "outcome '" + o.id() + "' is never reached from start '"
                        + tree.start().id() + "'", "lead a branch to it, or delete it");
            }
        }
    }

    static Set<String> reachable(DecisionTree tree) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(tree.start().id()));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (!seen.add(id)) continue;
            Question q = tree.questions().get(id);
            if (q != null) q.branches().forEach(b -> queue.add(b.next()));
        }
        return seen;
    }

    /** In an acyclic tree: a question whose variable is already asked by one of its ancestors. */
    private void checkAskedTwice(DecisionTree tree) {
        Map<String, Map<String, String>> askedBefore = new HashMap<>();
        for (String id : topologicalOrder(tree)) {
            Question q = tree.questions().get(id);
            Map<String, String> before = askedBefore.getOrDefault(id, Map.of());
            if (before.containsKey(q.variable())) {
                diagnostics.error(q.position(), "question '" + q.id() + "' asks " + q.variable()
                        + " again: question '" + before.get(q.variable()) + "' already asks it on a path that leads here",
                        "an answer cannot change along a path; follow the first question's branches instead");
            }
            List<String> targets = distinctTargets(q).stream().filter(tree.questions()::containsKey).toList();
            for (int i = 0; i < targets.size(); i++) {
                String target = targets.get(i);
                Map<String, String> next = askedBefore.get(target);
                // This question's map is not needed any more once its last target has it: hand it over instead
                // of copying, so that a long chain costs linear, not quadratic, memory.
                if (next == null && i == targets.size() - 1 && before instanceof LinkedHashMap) {
                    next = before;
                } else {
                    if (next == null) next = new LinkedHashMap<>();
                    next.putAll(before);
                }
                next.putIfAbsent(q.variable(), q.id());
                askedBefore.put(target, next);
            }
            askedBefore.remove(id);
        }
    }

    /** The questions in an order where every question comes after all those that lead to it (acyclic trees). */
    static List<String> topologicalOrder(DecisionTree tree) {
        Map<String, Integer> indegree = new LinkedHashMap<>();
        for (String id : tree.questions().keySet()) indegree.put(id, 0);
        for (Question q : tree.questions().values()) {
            for (String n : distinctTargets(q)) indegree.computeIfPresent(n, (k, d) -> d + 1);
        }
        Deque<String> ready = new ArrayDeque<>();
        indegree.forEach((k, d) -> {
            if (d == 0) ready.add(k);
        });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (String n : distinctTargets(tree.questions().get(id))) {
                if (indegree.computeIfPresent(n, (k, d) -> d - 1) != null && indegree.get(n) == 0) ready.add(n);
            }
        }
        return order;
    }

    private static Set<String> distinctTargets(Question q) {
        Set<String> out = new LinkedHashSet<>();
        q.branches().forEach(b -> out.add(b.next()));
        return out;
    }

    private void checkVariablesUsed(DecisionTree tree) {
        Set<String> asked = tree.questions().values().stream().map(Question::variable).collect(Collectors.toSet());
        for (Variable v : tree.variables().values()) {
            if (!asked.contains(v.name())) {
                diagnostics.error(v.position(), "variable '" + v.name() + "' is declared but no question asks it",
                        "add a question with 'ask: " + v.name() + "', or delete the variable");
            }
        }
    }

    /** Returns false when the question's branches do not cover its answers exactly once. */
    private boolean checkCoverage(DecisionTree tree, Question q) {
        Variable v = tree.variables().get(q.variable());
        if (v == null) return false;
        // A condition that did not parse is already reported; checking coverage without it would only echo it.
        if (q.branches().stream().anyMatch(b -> b.when() instanceof Condition.Invalid)) return false;
        if (!v.type().numeric()) {
            Set<String> covered = new HashSet<>();
            boolean ok = true;
            for (Branch b : q.branches()) {
                // 'oui' and 'yes' are the same answer: a question may not branch on both.
                if (b.when() instanceof Condition.Is is && !covered.add(is.value())) {
                    ok = false;
                    diagnostics.error(b.position(), "question '" + q.id() + "' has two branches for the answer '"
                            + is.source() + "' of " + v.name(), "keep one of them");
                }
            }
            // Answer yes/no the way the author writes them: a question with an 'oui' branch lacks 'non', not 'no'.
            boolean french = q.branches().stream().anyMatch(b -> Variable.isFrenchYesNo(b.when().source()));
            for (String option : v.optionValues()) {
                if (!covered.contains(option)) {
                    ok = false;
                    String written = french ? Variable.inFrench(option) : option;
                    diagnostics.error(q.branchesPosition(), "question '" + q.id() + "' has no branch for the answer '"
                            + written + "' of " + v.name(), "add a line '" + written + ": <next node>' under branches");
                }
            }
            return ok;
        }
        return checkNumericCoverage(q, v);
    }

    private boolean checkNumericCoverage(Question q, Variable v) {
        boolean integer = v.type() == VariableType.INTEGER;
        Interval range = v.range();
        List<Branch> branches = new ArrayList<>();
        Map<Branch, Interval> clipped = new HashMap<>();
        boolean ok = true;
        for (Branch b : q.branches()) {
            if (!(b.when() instanceof Condition.Range r)) continue;
            Interval i = r.interval().intersect(range);
            if (integer) i = i.integerView();
            if (i.isEmpty()) {
                ok = false;
                diagnostics.error(b.position(), "branch '" + b.when().source() + "' of question '" + q.id()
                        + "' can never be taken", v.name() + " is allowed from " + range.min().toPlainString()
                        + " to " + range.max().toPlainString() + (integer ? " (whole numbers)" : "")
                        + "; change the bound, or the variable's min and max");
                continue;
            }
            branches.add(b);
            clipped.put(b, i);
        }
        for (int i = 0; i < branches.size(); i++) {
            for (int j = i + 1; j < branches.size(); j++) {
                Interval common = clipped.get(branches.get(i)).intersect(clipped.get(branches.get(j)));
                if (integer) common = common.integerView();
                if (!common.isEmpty()) {
                    ok = false;
                    diagnostics.error(branches.get(j).position(), "branches '" + branches.get(i).when().source()
                            + "' and '" + branches.get(j).when().source() + "' of question '" + q.id()
                            + "' overlap: both match " + common.format(v.name()),
                            "each value must match exactly one branch: where two branches meet, one bound takes"
                                    + " '<=' (or '>=') and the other '>' (or '<')");
                }
            }
        }
        List<Branch> sorted = branches.stream().sorted(Comparator.comparing((Branch b) -> clipped.get(b).min())
                .thenComparing(b -> !clipped.get(b).minInclusive())).toList();
        // Sweep from min: 'end' is how far the branches seen so far cover; a gap is reported at the branch after
        // it (or, at the top of the range, at the branch that reaches highest).
        java.math.BigDecimal end = range.min();
        boolean endIncluded = false;
        Branch highest = null;
        Map<Interval, Branch> gaps = new LinkedHashMap<>();
        for (Branch b : sorted) {
            Interval i = clipped.get(b);
            Interval gap = new Interval(end, !endIncluded, i.min(), !i.minInclusive());
            if (integer) gap = gap.integerView();
            if (!gap.isEmpty()) gaps.put(gap, b);
            int c = i.max().compareTo(end);
            if (c > 0 || (c == 0 && i.maxInclusive() && !endIncluded) || highest == null) {
                end = i.max();
                endIncluded = i.maxInclusive();
                highest = b;
            }
        }
        Interval last = new Interval(end, !endIncluded, range.max(), true);
        if (integer) last = last.integerView();
        if (!last.isEmpty()) gaps.put(last, highest);
        for (Map.Entry<Interval, Branch> gap : gaps.entrySet()) {
            ok = false;
            diagnostics.error(gap.getValue() == null ? q.branchesPosition() : gap.getValue().position(),
                    "no branch of question '" + q.id() + "' covers " + gap.getKey().format(v.name()),
                    "every value from " + range.min().toPlainString() + " to " + range.max().toPlainString()
                            + " must match one branch; '<=' includes the bound, '<' excludes it");
        }
        return ok;
    }

    private void checkRecommendations(DecisionTree tree, Set<String> recommendationIds) {
        for (Outcome o : tree.outcomes().values()) {
            Set<String> seen = new HashSet<>();
            for (Ref ref : o.recommendations()) {
                if (!seen.add(ref.id())) {
                    diagnostics.error(ref.position(), "recommendation '" + ref.id() + "' is listed twice in outcome '"
                            + o.id() + "'", "keep one");
                } else if (!recommendationIds.contains(ref.id())) {
                    diagnostics.error(ref.position(), "unknown recommendation '" + ref.id() + "' in outcome '"
                            + o.id() + "'", didYouMean(ref.id(), recommendationIds,
                            "no such id in content/recommendations.yaml"));
                }
            }
        }
    }

    private void checkCases(DecisionTree tree) {
        Set<String> covered = new HashSet<>();
        for (TreeCase c : tree.cases()) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            boolean ok = true;
            for (TreeCase.Answer a : c.answers()) {
                Optional<Variable> v = tree.findVariable(a.variable());
                if (v.isEmpty()) {
                    ok = false;
                    diagnostics.error(a.position(), "case '" + c.name() + "': tree has no variable '" + a.variable() + "'",
                            didYouMean(a.variable(), tree.variables().keySet(), "declare it under 'variables:'"));
                    continue;
                }
                try {
                    answers.put(a.variable(), AnswerParser.parse(v.get(), a.value()));
                } catch (InvalidAnswerException e) {
                    ok = false;
                    diagnostics.error(a.position(), "case '" + c.name() + "': " + e.getMessage(), e.hint());
                }
            }
            boolean knownOutcome = tree.outcomes().containsKey(c.outcome().id());
            if (!knownOutcome && !c.outcome().id().isEmpty()) {
                diagnostics.error(c.outcome().position(), "case '" + c.name() + "' expects unknown outcome '"
                        + c.outcome().id() + "'", didYouMean(c.outcome().id(), tree.outcomes().keySet(),
                        "name one of the outcomes of this tree"));
            }
            if (!ok || !knownOutcome) {
                if (knownOutcome) covered.add(c.outcome().id());
                continue;
            }
            Evaluation e = TreeEvaluator.evaluate(tree, answers);
            // An outcome counts as exercised by the case that reaches it, even if that case expected another one
            // (the failing case is the error to report, not a missing case).
            covered.add(e.outcome().map(Outcome::id).orElse(c.outcome().id()));
            String path = describe(e);
            if (!e.complete()) {
                Question q = e.pending().get();
                diagnostics.error(c.position(), "case '" + c.name() + "' stops at question '" + q.id() + "': "
                        + (e.imprecise() ? "the range given for " + q.variable() + " spans several branches"
                        : "no answer for " + q.variable()), "path: " + path);
                continue;
            }
            Outcome reached = e.outcome().get();
            if (!reached.id().equals(c.outcome().id())) {
                diagnostics.error(c.outcome().position(), "case '" + c.name() + "' ends at outcome '" + reached.id()
                        + "', not '" + c.outcome().id() + "'", "path: " + path
                        + "; fix the tree, or the case if the tree is right");
                continue;
            }
            List<String> expected = c.recommendations().stream().map(Ref::id).sorted().toList();
            List<String> actual = reached.recommendationIds().stream().sorted().toList();
            if (!expected.equals(actual)) {
                diagnostics.error(c.position(), "case '" + c.name() + "' expects recommendations " + expected
                        + " but outcome '" + reached.id() + "' gives " + actual,
                        "an outcome lists every recommendation that applies; fix the outcome or the case");
            }
        }
        for (Outcome o : tree.outcomes().values()) {
            if (!covered.contains(o.id())) {
                diagnostics.error(o.position(), "outcome '" + o.id() + "' has no case",
                        "add an entry under 'cases:' whose answers lead to it, so that the build checks it");
            }
        }
    }

    private void checkBoundaries(DecisionTree tree) {
        for (BoundaryCases.BoundaryCase bc : BoundaryCases.generate(tree)) {
            Question q = tree.questions().get(bc.question());
            Map<String, Answer> answers;
            try {
                answers = TreeEvaluator.parse(tree, bc.answers());
            } catch (InvalidAnswerException e) {
                diagnostics.error(q.position(), "boundary value " + bc.variable() + " = " + bc.value() + " of question '"
                        + q.id() + "' cannot be evaluated: " + e.getMessage(), e.hint());
                continue;
            }
            Variable v = tree.variableOf(q);
            List<Branch> matches = TreeEvaluator.matching(q, v, answers.get(v.name()));
            Evaluation e = TreeEvaluator.evaluate(tree, answers);
            boolean passed = e.path().stream().anyMatch(s -> s.question().id().equals(q.id()));
            if (matches.size() != 1 || !passed) {
                diagnostics.error(q.position(), "boundary value " + bc.variable() + " = " + bc.value() + " matches "
                        + matches.size() + " branches of question '" + q.id() + "'",
                        "each value must match exactly one branch");
            }
        }
    }

    /** The path of an evaluation as {@code variable=value -> … -> outcome}, for hints. */
    static String describe(Evaluation e) {
        StringBuilder s = new StringBuilder();
        for (Evaluation.Step step : e.path()) {
            if (s.length() > 0) s.append(" -> ");
            s.append(step.variable().name()).append('=').append(step.answer().text());
        }
        if (s.length() > 0) s.append(" -> ");
        s.append(e.outcome().map(Outcome::id).orElse("?" + e.pending().map(Question::variable).orElse("")));
        return s.toString();
    }

    private static boolean hasInvalidCondition(DecisionTree tree) {
        return tree.questions().values().stream().flatMap(q -> q.branches().stream())
                .anyMatch(b -> b.when() instanceof Condition.Invalid)
                || tree.questions().values().stream().anyMatch(q -> !tree.variables().containsKey(q.variable()));
    }

    private static String didYouMean(String word, Collection<String> candidates, String otherwise) {
        return Suggestions.closest(word, candidates).map(c -> "did you mean '" + c + "'?").orElse(otherwise);
    }
}
