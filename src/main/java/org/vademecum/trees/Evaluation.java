package org.vademecum.trees;

import java.util.List;
import java.util.Optional;
import org.vademecum.model.tree.Branch;
import org.vademecum.model.tree.DecisionTree;
import org.vademecum.model.tree.Outcome;
import org.vademecum.model.tree.Question;
import org.vademecum.model.tree.Variable;

/**
 * Where a set of answers leads in a tree: the questions answered on the way, and either the outcome reached or
 * the question that needs an answer next.
 *
 * @param outcome the outcome reached; empty when the walk stopped at {@code pending}
 * @param pending the question that needs an (exact) answer; empty when an outcome was reached
 * @param imprecise true when {@code pending} has a range answer that spans several of its branches
 */
public record Evaluation(DecisionTree tree, List<Step> path, Optional<Outcome> outcome, Optional<Question> pending,
        boolean imprecise) {

    public Evaluation {
        path = List.copyOf(path);
    }

    public boolean complete() {
        return outcome.isPresent();
    }

    /** The variable the next question asks, when the walk is not complete. */
    public Optional<Variable> next() {
        return pending.map(tree::variableOf);
    }

    /** One question answered on the way, the answer it got, and the branch that answer took. */
    public record Step(Question question, Variable variable, Answer answer, Branch branch) {}
}
