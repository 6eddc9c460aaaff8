package org.vademecum.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;
import org.vademecum.diag.Suggestions;
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
 * Reads {@code content/trees/<id>.yaml} into a {@link DecisionTree}; the id is the file name. Reports the
 * mistakes of shape (unknown keys, wrong types, undeclared variables, conditions that do not parse) with their
 * positions. The rules that need the whole tree (dangling nodes, cycles, coverage, cases) and the other content
 * (recommendation ids) are checked by {@code org.vademecum.trees.TreeVerifier}. See docs/authoring.md.
 */
public final class TreeLoader {
    /** Variable names: lowercase words joined by '_', as in the content notes ({@code t_score}). */
    public static final Pattern VARIABLE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    private static final String NUM = "([-+\u2212]?\\d+(?:\\.\\d+)?)";
    private static final String NAME = "([A-Za-z_][A-Za-z0-9_]*)";
    private static final Pattern ONE_SIDED =
            Pattern.compile("\\s*" + NAME + "\\s*(<=|>=|==|<|>|=|\u2264|\u2265)\\s*" + NUM + "\\s*");
    private static final Pattern TWO_SIDED =
            Pattern.compile("\\s*" + NUM + "\\s*(<=|<|\u2264)\\s*" + NAME + "\\s*(<=|<|\u2264)\\s*" + NUM + "\\s*");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private final Diagnostics diagnostics;

    public TreeLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Reads one tree file; returns empty only when the file is not a YAML mapping at all. */
    public Optional<DecisionTree> load(SourceFile source) {
        String name = source.name();
        String id = name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.ya?ml$", "");
        if (!MappingReader.isId(id)) {
            diagnostics.error(SourcePosition.file(name), "tree file name '" + id + "' cannot be used as a tree id",
                    "use lowercase ASCII words joined by '-', e.g. choix-traitement.yaml");
        }
        return YamlParser.parse(source.text(), name, 0, diagnostics)
                .flatMap(node -> MappingReader.of(node, MappingKind.TREE, diagnostics))
                .filter(this::withinSizeLimit)
                .map(r -> {
                    DecisionTree tree = tree(id, r);
                    r.finish();
                    return tree;
                });
    }

    /** A tree is for reading on a phone; thousands of nodes are a generated file or a paste gone wrong. */
    private boolean withinSizeLimit(MappingReader r) {
        int size = 0;
        for (String key : List.of("questions", "outcomes")) {
            if (r.node(key).orElse(null) instanceof YamlNode.Mapping m) size += m.entries().size();
        }
        if (size <= Limits.TREE_NODES) return true;
        diagnostics.error(r.positionOf("questions"), "tree is too large (" + size + " questions and outcomes; at most "
                + Limits.TREE_NODES + ")", "split it into several trees");
        return false;
    }

    private DecisionTree tree(String id, MappingReader r) {
        String title = r.string("title");
        String summary = r.optString("summary").orElse(null);
        String attribution = r.optString("attribution").orElse(null);
        String intro = r.optString("intro").orElse(null);
        List<Ref> sources = r.refs("sources");
        Ref start = r.optRef("start").orElse(null);
        if (start == null) {
            r.missing("start");
            start = new Ref("", r.position());
        }
        Map<String, Variable> variables = new LinkedHashMap<>();
        for (YamlNode.Entry e : entries(r, "variables", "variable name: { type: …, question: … }")) {
            checkName(e, VARIABLE, "variable name", "lowercase words joined by '_', e.g. t_score");
            MappingReader.of(e.value(), MappingKind.TREE_VARIABLE, "variable '" + e.key() + "'", diagnostics)
                    .map(v -> variable(e.key(), e.keyPosition(), v))
                    .ifPresent(v -> variables.put(v.name(), v));
        }
        Map<String, Question> questions = new LinkedHashMap<>();
        for (YamlNode.Entry e : entries(r, "questions", "node-id: { ask: variable, branches: … }")) {
            checkName(e, MappingReader.ID, "question id", "lowercase ASCII words joined by '-'");
            MappingReader.of(e.value(), MappingKind.TREE_QUESTION, "question '" + e.key() + "'", diagnostics)
                    .map(q -> question(e.key(), e.keyPosition(), q, variables))
                    .ifPresent(q -> questions.put(q.id(), q));
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (YamlNode.Entry e : entries(r, "outcomes", "outcome-id: { title: …, recommendations: […], text: … }")) {
            checkName(e, MappingReader.ID, "outcome id", "lowercase ASCII words joined by '-'");
            if (questions.containsKey(e.key())) {
                diagnostics.error(e.keyPosition(), "outcome '" + e.key() + "' has the same id as a question",
                        "questions and outcomes share one set of ids (at " + questions.get(e.key()).position()
                                + "); rename one of them");
                continue;
            }
            MappingReader.of(e.value(), MappingKind.TREE_OUTCOME, "outcome '" + e.key() + "'", diagnostics).map(o -> {
                Outcome outcome = new Outcome(e.key(), o.string("title"), o.refs("recommendations"),
                        o.optString("text").orElse(null), e.keyPosition());
                o.finish();
                return outcome;
            }).ifPresent(o -> outcomes.put(o.id(), o));
        }
        List<TreeCase> cases = r.mappings("cases", MappingKind.TREE_CASE, this::treeCase);
        if (variables.isEmpty() && !r.node("variables").isPresent()) r.missing("variables");
        if (questions.isEmpty() && !r.node("questions").isPresent()) r.missing("questions");
        if (outcomes.isEmpty() && !r.node("outcomes").isPresent()) r.missing("outcomes");
        return new DecisionTree(id, title, summary, attribution, intro, sources, start, variables, questions,
                outcomes, cases, r.position());
    }

    private Variable variable(String name, SourcePosition at, MappingReader r) {
        String typeText = r.string("type");
        VariableType type = VariableType.fromKey(typeText).orElse(null);
        if (type == null && !typeText.isEmpty()) {
            diagnostics.error(r.positionOf("type"), "unknown variable type '" + typeText + "'",
                    Suggestions.hint(typeText, VariableType.keys()));
        }
        String label = r.string("label");
        String question = r.string("question");
        String help = r.optString("help").orElse(null);
        String symbol = r.optString("symbol").orElse(null);
        String unit = r.optString("unit").orElse(null);
        List<Variable.Option> options = new ArrayList<>();
        BigDecimal min = null;
        BigDecimal max = null;
        BigDecimal step = null;
        if (type == VariableType.CHOICE) {
            for (YamlNode.Entry e : entries(r, "options", "value: label shown to readers")) {
                checkName(e, MappingReader.ID, "option value", "lowercase ASCII words joined by '-'");
                String optionLabel = scalar(e.value(), "option '" + e.key() + "'").orElse(e.key());
                options.add(new Variable.Option(e.key(), optionLabel, e.keyPosition()));
            }
            if (options.size() < 2) {
                diagnostics.error(r.positionOf("options"), "choice variable '" + name + "' needs at least two options",
                        "add 'options:' with one 'value: label' line per option");
            }
        } else if (type == VariableType.YES_NO) {
            options.add(new Variable.Option(Variable.YES, null, at));
            options.add(new Variable.Option(Variable.NO, null, at));
        } else if (type != null) {
            min = decimal(r, "min", type, true);
            max = decimal(r, "max", type, true);
            step = decimal(r, "step", type, false);
            if (step == null) step = type == VariableType.INTEGER ? BigDecimal.ONE : null;
            if (step == null) {
                r.missing("step");
                step = BigDecimal.ONE;
            } else if (step.signum() <= 0) {
                diagnostics.error(r.positionOf("step"), "step must be greater than 0", "e.g. step: 0.1");
            }
            if (min != null && max != null && min.compareTo(max) >= 0) {
                diagnostics.error(r.positionOf("max"), "max (" + max.toPlainString() + ") must be greater than min ("
                        + min.toPlainString() + ")", "the allowed range is min <= value <= max");
            }
            if (min == null) min = BigDecimal.ZERO;
            if (max == null) max = min.add(BigDecimal.ONE);
        }
        if (type != null && !type.numeric()) {
            for (String k : List.of("min", "max", "step", "unit", "symbol")) {
                if (r.node(k).isPresent()) {
                    diagnostics.error(r.positionOf(k), "'" + k + "' is only for number and integer variables",
                            "remove it, or change the type");
                }
            }
        }
        if (type != VariableType.CHOICE && r.node("options").isPresent()) {
            diagnostics.error(r.positionOf("options"), "'options' is only for choice variables",
                    type == VariableType.YES_NO ? "yes-no answers are always 'yes' and 'no' (or 'oui' and 'non')" : "remove it");
        }
        r.finish();
        return new Variable(name, type == null ? VariableType.YES_NO : type, label, question, help, symbol, unit,
                options, min, max, step, at);
    }

    private BigDecimal decimal(MappingReader r, String key, VariableType type, boolean required) {
        Optional<String> text = r.optString(key);
        if (text.isEmpty()) {
            if (required) r.missing(key);
            return null;
        }
        String t = text.get().replace('\u2212', '-');
        if (!DECIMAL.matcher(t).matches()) {
            diagnostics.error(r.positionOf(key), "'" + key + "' must be a number, not '" + text.get() + "'",
                    "write digits with a decimal point, e.g. " + key + ": -2.5");
            return null;
        }
        BigDecimal value = new BigDecimal(t);
        if (type == VariableType.INTEGER && value.stripTrailingZeros().scale() > 0) {
            diagnostics.error(r.positionOf(key), "'" + key + "' of an integer variable must be a whole number",
                    "write e.g. " + key + ": " + value.setScale(0, java.math.RoundingMode.DOWN).toPlainString());
        }
        return value;
    }

    private Question question(String id, SourcePosition at, MappingReader r, Map<String, Variable> variables) {
        String ask = r.string("ask");
        String text = r.optString("text").orElse(null);
        Variable variable = variables.get(ask);
        if (variable == null && !ask.isEmpty()) {
            diagnostics.error(r.positionOf("ask"), "question '" + id + "' asks undeclared variable '" + ask + "'",
                    Suggestions.closest(ask, variables.keySet()).map(c -> "did you mean '" + c + "'?")
                            .orElse("declare it under 'variables:'"));
        }
        List<Branch> branches = new ArrayList<>();
        SourcePosition branchesAt = r.positionOf("branches");
        for (YamlNode.Entry e : entries(r, "branches", "condition: next-node")) {
            Optional<String[]> target = branchTarget(e);
            if (target.isEmpty()) continue;
            Condition when = variable == null ? new Condition.Invalid(e.key())
                    : condition(e, variable, id).orElse(new Condition.Invalid(e.key()));
            branches.add(new Branch(when, target.get()[0], target.get()[1], e.keyPosition(), targetPosition(e)));
        }
        if (r.node("branches").isEmpty()) r.missing("branches");
        r.finish();
        return new Question(id, ask, text, branches, at, branchesAt);
    }

    /** {@code next-id} or {@code {next: next-id, label: "…"}}: returns [next, label-or-null]. */
    private Optional<String[]> branchTarget(YamlNode.Entry e) {
        if (e.value() instanceof YamlNode.Mapping) {
            return MappingReader.of(e.value(), MappingKind.TREE_BRANCH, "branch '" + e.key() + "'", diagnostics).map(m -> {
                String next = m.string("next");
                String label = m.optString("label").orElse(null);
                m.finish();
                return new String[] {next, label};
            });
        }
        return scalar(e.value(), "branch '" + e.key() + "'").map(next -> new String[] {next.strip(), null});
    }

    private static SourcePosition targetPosition(YamlNode.Entry e) {
        if (e.value() instanceof YamlNode.Mapping m && m.entries().containsKey("next")) {
            return m.entries().get("next").value().position();
        }
        return e.value().position();
    }

    private Optional<Condition> condition(YamlNode.Entry e, Variable variable, String questionId) {
        String key = e.key().strip();
        switch (variable.type()) {
            case YES_NO, CHOICE -> {
                Optional<Variable.Option> option = variable.findOption(key);
                if (option.isEmpty()) {
                    diagnostics.error(e.keyPosition(), "'" + key + "' is not an answer of " + variable.name()
                            + " (asked by question '" + questionId + "')", Suggestions.hint(key, variable.optionValues()));
                    return Optional.empty();
                }
                return Optional.of(new Condition.Is(option.get().value(), key));
            }
            default -> {
                return range(key, e.keyPosition(), variable, questionId).map(i -> new Condition.Range(i, key));
            }
        }
    }

    private Optional<Interval> range(String text, SourcePosition at, Variable variable, String questionId) {
        String hint = "write the bounds explicitly, e.g. '" + variable.name() + " <= -3', '-3 < " + variable.name()
                + " <= -2' or '" + variable.name() + " > -1'";
        Matcher one = ONE_SIDED.matcher(text);
        Matcher two = TWO_SIDED.matcher(text);
        String name;
        Interval interval;
        if (one.matches()) {
            name = one.group(1);
            BigDecimal v = number(one.group(3));
            interval = switch (one.group(2)) {
                case "<" -> new Interval(null, false, v, false);
                case "<=", "\u2264" -> new Interval(null, false, v, true);
                case ">" -> new Interval(v, false, null, false);
                case ">=", "\u2265" -> new Interval(v, true, null, false);
                default -> Interval.closed(v, v);
            };
        } else if (two.matches()) {
            name = two.group(3);
            interval = new Interval(number(two.group(1)), !two.group(2).equals("<"), number(two.group(5)),
                    !two.group(4).equals("<"));
        } else {
            diagnostics.error(at, "cannot read the condition '" + text + "' of question '" + questionId + "'", hint);
            return Optional.empty();
        }
        if (!name.equals(variable.name())) {
            diagnostics.error(at, "condition '" + text + "' is about '" + name + "' but question '" + questionId
                    + "' asks " + variable.name(), "write the condition with '" + variable.name() + "'");
            return Optional.empty();
        }
        if (interval.isEmpty()) {
            diagnostics.error(at, "condition '" + text + "' can never be true", "the lower bound must be below the upper bound");
            return Optional.empty();
        }
        if (variable.type() == VariableType.INTEGER) {
            for (BigDecimal b : new BigDecimal[] {interval.min(), interval.max()}) {
                if (b != null && b.stripTrailingZeros().scale() > 0) {
                    diagnostics.error(at, "condition '" + text + "' compares the integer " + variable.name()
                            + " with a decimal number", "use whole numbers, e.g. '" + variable.name() + " >= 2'");
                    return Optional.empty();
                }
            }
        }
        return Optional.of(interval);
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace('\u2212', '-').replace("+", ""));
    }

    private TreeCase treeCase(MappingReader r) {
        String name = r.string("name");
        List<TreeCase.Answer> answers = new ArrayList<>();
        for (YamlNode.Entry e : entries(r, "answers", "variable: value")) {
            scalar(e.value(), "answer '" + e.key() + "'")
                    .ifPresent(v -> answers.add(new TreeCase.Answer(e.key(), v.strip(), e.value().position())));
        }
        Ref outcome = r.optRef("outcome").orElse(null);
        if (outcome == null) {
            r.missing("outcome");
            outcome = new Ref("", r.position());
        }
        if (r.node("recommendations").isEmpty()) r.missing("recommendations");
        List<Ref> recommendations = r.refs("recommendations");
        return new TreeCase(name, answers, outcome, recommendations, r.position());
    }

    /** The entries of a mapping-valued field ({@code variables:}, {@code branches:}…), in file order. */
    private List<YamlNode.Entry> entries(MappingReader r, String key, String example) {
        Optional<YamlNode> node = r.node(key);
        if (node.isEmpty()) return List.of();
        if (node.get() instanceof YamlNode.Mapping m) return List.copyOf(m.entries().values());
        diagnostics.error(node.get().position(), "'" + key + "' must be a mapping, not " + node.get().kind(),
                "write one '" + example + "' per line under '" + key + ":'");
        return List.of();
    }

    private Optional<String> scalar(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar s && s.text() != null && !s.text().isBlank()) return Optional.of(s.text());
        diagnostics.error(node.position(), what + " must be a text value, not " + node.kind(),
                "write it on the same line, after ':'");
        return Optional.empty();
    }

    private void checkName(YamlNode.Entry e, Pattern pattern, String what, String rule) {
        if (e.key().length() > Limits.ID_LENGTH) {
            diagnostics.error(e.keyPosition(), what + " is too long (" + e.key().length() + " characters; at most "
                    + Limits.ID_LENGTH + ")", rule);
        } else if (!pattern.matcher(e.key()).matches()) {
            diagnostics.error(e.keyPosition(), "invalid " + what + " '" + e.key() + "'", rule);
        }
    }
}
