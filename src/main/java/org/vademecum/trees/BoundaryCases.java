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
        Map<String, Witness> witnesses = witnesses(tree);
        List<BoundaryCase> out = new ArrayList<>();
        for (Question q : tree.questions().values()) {
            Variable v = tree.variables().get(q.variable());
            Witness witness = witnesses.get(q.id());
            if (v == null || !v.type().numeric() || witness == null) continue;
            Map<String, String> prefix = witness.answers();
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

    /**
     * One shortest path to each reachable question, as a chain of answers that points back to the previous one:
     * a long chain of questions then costs linear memory; only the questions that need it build the whole map.
     */
    private static Map<String, Witness> witnesses(DecisionTree tree) {
        Map<String, Witness> paths = new LinkedHashMap<>();
        if (!tree.questions().containsKey(tree.start().id())) return paths;
        paths.put(tree.start().id(), Witness.START);
        Deque<String> queue = new ArrayDeque<>(List.of(tree.start().id()));
        while (!queue.isEmpty()) {
            Question q = tree.questions().get(queue.poll());
            Variable v = tree.variables().get(q.variable());
            if (v == null) continue;
            for (Branch b : q.branches()) {
                if (!tree.questions().containsKey(b.next()) || paths.containsKey(b.next())) continue;
                String value = representative(b.when(), v);
                if (value == null) continue;
                Witness before = paths.get(q.id());
                if (before.asks(v.name())) continue;
                paths.put(b.next(), new Witness(v.name(), value, before));
                queue.add(b.next());
            }
        }
        return paths;
    }

    /** An answer and the answers before it; {@link #START} has none. */
    private record Witness(String variable, String value, Witness previous) {
        static final Witness START = new Witness(null, null, null);

        boolean asks(String name) {
            for (Witness w = this; w.previous != null; w = w.previous) if (w.variable.equals(name)) return true;
            return false;
        }

        Map<String, String> answers() {
            List<Witness> chain = new ArrayList<>();
            for (Witness w = this; w.previous != null; w = w.previous) chain.add(w);
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = chain.size() - 1; i >= 0; i--) out.put(chain.get(i).variable, chain.get(i).value);
            return out;
        }
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
