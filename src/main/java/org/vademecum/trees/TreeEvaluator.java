package org.vademecum.trees;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vademecum.model.tree.Branch;
import org.vademecum.model.tree.Condition;
import org.vademecum.model.tree.DecisionTree;
import org.vademecum.model.tree.Interval;
import org.vademecum.model.tree.Node;
import org.vademecum.model.tree.Outcome;
import org.vademecum.model.tree.Question;
import org.vademecum.model.tree.Variable;
import org.vademecum.model.tree.VariableType;

/**
 * The Java half of "one evaluator, two runtimes": walks a tree from its start with a set of answers. The page's
 * JavaScript ({@code templates/assets/tree.js}, function {@code evaluate}) implements the same walk on the data
 * of {@link TreeJson}; tests check that both agree on every case.
 *
 * <p>At a question: no answer → stop there ({@code pending}); a choice or exact number → the branch whose
 * condition it meets; a numeric range → the only branch that contains the whole range, else stop there
 * ({@code imprecise}). Answers to variables the walk does not meet are ignored.
 */
public final class TreeEvaluator {
    private TreeEvaluator() {}

    /**
     * Parses raw answers ({@code variable → text}) for {@code tree}. Throws on the first variable the tree does not
     * declare or the first value that does not fit its variable.
     */
    public static Map<String, Answer> parse(DecisionTree tree, Map<String, String> raw) throws InvalidAnswerException {
        Map<String, Answer> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            Variable v = tree.findVariable(e.getKey()).orElseThrow(() -> new InvalidAnswerException(
                    "tree '" + tree.id() + "' has no variable '" + e.getKey() + "'",
                    org.vademecum.diag.Suggestions.hint(e.getKey(), tree.variables().keySet())));
            out.put(e.getKey(), AnswerParser.parse(v, e.getValue()));
        }
        return out;
    }

    /** Walks {@code tree} with typed answers. Never throws for missing answers; a cycle is a programming error. */
    public static Evaluation evaluate(DecisionTree tree, Map<String, Answer> answers) {
        List<Evaluation.Step> path = new ArrayList<>();
        Optional<Node> node = tree.findNode(tree.start().id());
        int guard = tree.questions().size() + 1;
        while (node.isPresent() && node.get() instanceof Question q) {
            if (guard-- == 0) throw new IllegalStateException("tree '" + tree.id() + "' has a cycle");
            Variable variable = tree.variableOf(q);
            Answer answer = answers.get(q.variable());
            if (answer == null) return new Evaluation(tree, path, Optional.empty(), Optional.of(q), false);
            Optional<Branch> branch = select(q, variable, answer);
            if (branch.isEmpty()) return new Evaluation(tree, path, Optional.empty(), Optional.of(q), true);
            path.add(new Evaluation.Step(q, variable, answer, branch.get()));
            node = tree.findNode(branch.get().next());
        }
        if (node.isEmpty()) throw new IllegalStateException("tree '" + tree.id() + "' leads to a missing node");
        return new Evaluation(tree, path, Optional.of((Outcome) node.get()), Optional.empty(), false);
    }

    /** The branch {@code answer} takes at {@code q}; empty when a range answer does not decide between branches. */
    static Optional<Branch> select(Question q, Variable variable, Answer answer) {
        List<Branch> matches = matching(q, variable, answer);
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** Every branch of {@code q} that {@code answer} meets (one, in a verified tree). */
    static List<Branch> matching(Question q, Variable variable, Answer answer) {
        List<Branch> out = new ArrayList<>();
        Interval allowed = variable.type().numeric() ? variable.range() : null;
        for (Branch b : q.branches()) {
            if (b.when() instanceof Condition.Is is) {
                if (answer instanceof Answer.Choice c && c.value().equals(is.value())) out.add(b);
            } else if (b.when() instanceof Condition.Range r) {
                Interval branch = r.interval().intersect(allowed);
                if (answer instanceof Answer.Exact x) {
                    if (branch.contains(x.value())) out.add(b);
                } else if (answer instanceof Answer.Range a) {
                    Interval given = a.range().intersect(allowed);
                    if (variable.type() == VariableType.INTEGER) {
                        given = given.integerView();
                        branch = branch.integerView();
                    }
                    if (branch.containsAll(given)) out.add(b);
                }
            }
        }
        return out;
    }
}
