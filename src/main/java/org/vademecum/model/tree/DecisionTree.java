package org.vademecum.model.tree;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vademecum.diag.SourcePosition;
import org.vademecum.model.Ref;

/**
 * A decision tree from {@code content/trees/<id>.yaml}: typed variables, questions that branch on one variable
 * each, outcomes that list the recommendations that apply, and the test cases the build evaluates.
 * Questions and outcomes share one namespace of node ids; {@code start} names the first question.
 * Maps keep file order. Immutable.
 *
 * @param attribution who the tree is based on, shown under the title (e.g. "d'après GRIO/SFR 2018"), or null
 * @param intro       Markdown shown above the first question, or null
 * @param sources     bibliography ids
 */
public record DecisionTree(
        String id,
        String title,
        String summary,
        String attribution,
        String intro,
        List<Ref> sources,
        Ref start,
        Map<String, Variable> variables,
        Map<String, Question> questions,
        Map<String, Outcome> outcomes,
        List<TreeCase> cases,
        SourcePosition position) {

    public DecisionTree {
        sources = List.copyOf(sources);
        variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        questions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(questions));
        outcomes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        cases = List.copyOf(cases);
    }

    public Optional<Node> findNode(String nodeId) {
        Node q = questions.get(nodeId);
        return q != null ? Optional.of(q) : Optional.ofNullable(outcomes.get(nodeId));
    }

    public Optional<Variable> findVariable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    /** The variable a question asks; the loader guarantees it is declared. */
    public Variable variableOf(Question q) {
        Variable v = variables.get(q.variable());
        if (v == null) throw new IllegalStateException("question '" + q.id() + "' asks undeclared variable " + q.variable());
        return v;
    }
}
