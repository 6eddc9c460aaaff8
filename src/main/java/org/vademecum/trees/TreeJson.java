package org.vademecum.trees;

import org.vademecum.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.vademecum.model.Recommendation;
import org.vademecum.model.tree.Branch;
import org.vademecum.model.tree.Condition;
import org.vademecum.model.tree.DecisionTree;
import org.vademecum.model.tree.Interval;
import org.vademecum.model.tree.Outcome;
import org.vademecum.model.tree.Question;
import org.vademecum.model.tree.Variable;

/**
 * The data the page's JavaScript evaluates: variables with their types and ranges, questions with their branches
 * (numeric conditions as explicit bounds), outcomes with their recommendations and grades. Deterministic: the
 * same tree always gives the same bytes. Shape (keys in this order):
 *
 * <pre>
 * {"id", "title", "start",
 *  "variables": {name: {"type": "yes-no"|"choice"|"integer"|"number", "label", "unit", "min", "max", "step",
 *                       "options": [value…]}},
 *  "questions": {id: {"variable", "branches": [{"when": {"is": value} | {"min", "minInclusive", "max",
 *                     "maxInclusive"}, "next", "range"}]}},
 *  "outcomes": {id: {"title", "recommendations": [{"id", "grade"}]}}}
 * </pre>
 *
 * Unbounded sides are {@code null}; {@code range} is the answer a tap on a numeric branch stands for
 * ({@code gt:-3,le:-2}). What readers see for a branch is on the page (the answer links), not in the data.
 */
public final class TreeJson {
    private TreeJson() {}

    /** The tree as JSON; {@code recommendations} gives the grade of each cited recommendation. */
    public static String write(DecisionTree tree, Function<String, java.util.Optional<Recommendation>> recommendations) {
        return Json.write(toMap(tree, recommendations));
    }

    /** The tree as JSON, with {@code text} (the site's typography) applied to the words readers see. */
    public static String write(DecisionTree tree, Function<String, java.util.Optional<Recommendation>> recommendations,
            java.util.function.UnaryOperator<String> text) {
        return Json.write(toMap(tree, recommendations, text));
    }

    public static Map<String, Object> toMap(DecisionTree tree,
            Function<String, java.util.Optional<Recommendation>> recommendations) {
        return toMap(tree, recommendations, s -> s);
    }

    /** {@code text} applies to the shown strings only (title, labels, units, outcome titles), never to ids or values. */
    public static Map<String, Object> toMap(DecisionTree tree,
            Function<String, java.util.Optional<Recommendation>> recommendations,
            java.util.function.UnaryOperator<String> text) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", tree.id());
        root.put("title", text.apply(tree.title()));
        root.put("start", tree.start().id());
        Map<String, Object> variables = new LinkedHashMap<>();
        for (Variable v : tree.variables().values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", v.type().key());
            m.put("label", text.apply(v.label()));
            m.put("unit", text.apply(v.unit()));
            m.put("min", v.min());
            m.put("max", v.max());
            m.put("step", v.step());
            List<Object> options = new ArrayList<>();
            for (Variable.Option o : v.options()) options.add(o.value());
            m.put("options", options);
            variables.put(v.name(), m);
        }
        root.put("variables", variables);
        Map<String, Object> questions = new LinkedHashMap<>();
        for (Question q : tree.questions().values()) {
            List<Object> branches = new ArrayList<>();
            for (Branch b : q.branches()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("when", when(b.when()));
                m.put("next", b.next());
                m.put("range", b.when() instanceof Condition.Range r ? TreeLabels.rangeAnswer(r.interval()) : null);
                branches.add(m);
            }
            questions.put(q.id(), map("variable", q.variable(), "branches", branches));
        }
        root.put("questions", questions);
        Map<String, Object> outcomes = new LinkedHashMap<>();
        for (Outcome o : tree.outcomes().values()) {
            List<Object> recs = new ArrayList<>();
            for (String id : o.recommendationIds()) {
                recs.add(map("id", id, "grade", recommendations.apply(id).map(r -> r.grade().key()).orElse(null)));
            }
            outcomes.put(o.id(), map("title", text.apply(o.title()), "recommendations", recs));
        }
        root.put("outcomes", outcomes);
        return root;
    }

    private static Object when(Condition c) {
        if (c instanceof Condition.Is is) return map("is", is.value());
        if (c instanceof Condition.Range r) {
            Interval i = r.interval();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("min", i.min());
            m.put("minInclusive", i.minInclusive());
            m.put("max", i.max());
            m.put("maxInclusive", i.maxInclusive());
            return m;
        }
        return map("invalid", c.source());
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
