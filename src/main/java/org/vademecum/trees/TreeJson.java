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
        for (Variable v : tree.variables().values()) variables.put(v.name(), variable(v, text));
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
                recs.add(map("id", id, "grade", recommendations.apply(id).map(Recommendation::gradeId).orElse(null)));
            }
            outcomes.put(o.id(), map("title", text.apply(o.title()), "recommendations", recs));
        }
        root.put("outcomes", outcomes);
        return root;
    }

    /** One variable as in {@code "variables"}: type, label, unit, min, max, step, options. */
    public static Map<String, Object> variable(Variable v) {
        return variable(v, s -> s);
    }

    /** A variable's shape; {@code text} applies to its label and unit (the words readers see). */
    public static Map<String, Object> variable(Variable v, java.util.function.UnaryOperator<String> text) {
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
        return m;
    }

    /**
     * The trees that {@code tree} links to (Markdown links to {@code <treesPath><id>/} in its intro, help texts and
     * outcomes), each with the variables it shares with {@code tree} (same name), in the shape of
     * {@code "variables"}: {@code {treeId: {name: variable}}}, tree ids sorted. The page uses it to carry the
     * answers already given into the link ({@code tree.js}, {@code leadOn}). Empty when it links to no tree.
     */
    public static Map<String, Object> links(DecisionTree tree,
            Function<String, java.util.Optional<DecisionTree>> trees, org.vademecum.model.SitePath treesPath) {
        StringBuilder text = new StringBuilder();
        if (tree.intro() != null) text.append(tree.intro()).append('\n');
        for (Variable v : tree.variables().values()) if (v.help() != null) text.append(v.help()).append('\n');
        for (Outcome o : tree.outcomes().values()) if (o.text() != null) text.append(o.text()).append('\n');
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(treesPath.value()) + "([a-z0-9][a-z0-9-]*)/").matcher(text);
        java.util.Set<String> ids = new java.util.TreeSet<>();
        while (m.find()) if (!m.group(1).equals(tree.id())) ids.add(m.group(1));
        Map<String, Object> out = new LinkedHashMap<>();
        for (String id : ids) {
            trees.apply(id).ifPresent(target -> {
                Map<String, Object> shared = new LinkedHashMap<>();
                for (Variable v : target.variables().values()) {
                    if (tree.variables().containsKey(v.name())) shared.put(v.name(), variable(v));
                }
                out.put(id, shared);
            });
        }
        return out;
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
