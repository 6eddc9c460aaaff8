package org.vademecum.trees;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.vademecum.model.tree.Branch;
import org.vademecum.model.tree.Condition;
import org.vademecum.model.tree.DecisionTree;
import org.vademecum.model.tree.Interval;
import org.vademecum.model.tree.Question;
import org.vademecum.model.tree.Variable;
import org.vademecum.model.tree.VariableType;

/**
 * Generates, for every numeric question, answers that sit on each threshold its branches name, just below and
 * just above it ("just" = one input step, and for decimal variables also a hundredth of a step). Each case carries
 * the answers of one path from the start that reaches the question, so that it can be evaluated whole, by the
 * verifier and by the browser tests.
 */
public final class BoundaryCases {
    private BoundaryCases() {}

    /**
     * One generated case.
     *
     * @param answers every answer of the case, the boundary value included, in path order
     */
    public record BoundaryCase(String question, String variable, String value, Map<String, String> answers) {
        public BoundaryCase {
            answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        }
    }

    /** The boundary cases of {@code tree}; questions that no path reaches get none. */
    public static List<BoundaryCase> generate(DecisionTree tree) {
        Map<String, Map<String, String>> witnesses = witnessPaths(tree);
        List<BoundaryCase> out = new ArrayList<>();
        for (Question q : tree.questions().values()) {
            Variable v = tree.variables().get(q.variable());
            Map<String, String> prefix = witnesses.get(q.id());
            if (v == null || !v.type().numeric() || prefix == null) continue;
            for (String value : values(q, v)) {
                Map<String, String> answers = new LinkedHashMap<>(prefix);
                answers.put(v.name(), value);
                out.add(new BoundaryCase(q.id(), v.name(), value, answers));
            }
        }
        return out;
    }

    /** The values to try at a numeric question, in increasing order, all within the allowed range. */
    static List<String> values(Question q, Variable v) {
        TreeSet<BigDecimal> thresholds = new TreeSet<>();
        for (Branch b : q.branches()) {
            if (b.when() instanceof Condition.Range r) {
                if (r.interval().min() != null) thresholds.add(r.interval().min());
                if (r.interval().max() != null) thresholds.add(r.interval().max());
            }
        }
        List<BigDecimal> deltas = new ArrayList<>();
        deltas.add(v.step());
        if (v.type() == VariableType.NUMBER) deltas.add(v.step().movePointLeft(2));
        TreeSet<BigDecimal> values = new TreeSet<>();
        for (BigDecimal t : thresholds) {
            values.add(t);
            for (BigDecimal d : deltas) {
                values.add(t.subtract(d));
                values.add(t.add(d));
            }
        }
        Interval range = v.range();
        List<String> out = new ArrayList<>();
        for (BigDecimal value : values) {
            if (value.compareTo(range.min()) >= 0 && value.compareTo(range.max()) <= 0) {
                out.add(AnswerParser.canonicalNumber(value.toPlainString()));
            }
        }
        return out;
    }

    /** For each reachable question, the answers of one shortest path from the start to it. */
    static Map<String, Map<String, String>> witnessPaths(DecisionTree tree) {
        Map<String, Map<String, String>> paths = new LinkedHashMap<>();
        if (!tree.questions().containsKey(tree.start().id())) return paths;
        paths.put(tree.start().id(), Map.of());
        Deque<String> queue = new ArrayDeque<>(List.of(tree.start().id()));
        while (!queue.isEmpty()) {
            Question q = tree.questions().get(queue.poll());
            Variable v = tree.variables().get(q.variable());
            if (v == null) continue;
            for (Branch b : q.branches()) {
                if (!tree.questions().containsKey(b.next()) || paths.containsKey(b.next())) continue;
                String value = representative(b.when(), v);
                if (value == null) continue;
                Map<String, String> answers = new LinkedHashMap<>(paths.get(q.id()));
                if (answers.containsKey(v.name())) continue;
                answers.put(v.name(), value);
                paths.put(b.next(), answers);
                queue.add(b.next());
            }
        }
        return paths;
    }

    /** A value that takes branch {@code when}: the option, or a number inside the interval (a bound when included). */
    static String representative(Condition when, Variable v) {
        if (when instanceof Condition.Is is) return is.value();
        if (!(when instanceof Condition.Range r)) return null;
        Interval i = r.interval().intersect(v.range());
        if (v.type() == VariableType.INTEGER) i = i.integerView();
        if (i.isEmpty()) return null;
        BigDecimal value;
        if (i.minInclusive()) value = i.min();
        else if (i.maxInclusive()) value = i.max();
        else value = i.min().add(i.max()).divide(BigDecimal.valueOf(2));
        return AnswerParser.canonicalNumber(value.toPlainString());
    }
}
