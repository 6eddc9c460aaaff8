package org.vademecum.cli;

import org.vademecum.json.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.vademecum.diag.ContentErrors;
import org.vademecum.diag.Suggestions;
import org.vademecum.model.GradeScale;
import org.vademecum.model.Recommendation;
import org.vademecum.model.SiteContent;
import org.vademecum.model.tree.DecisionTree;
import org.vademecum.model.tree.Variable;
import org.vademecum.model.tree.VariableType;
import org.vademecum.pipeline.SitePipeline;
import org.vademecum.trees.Answer;
import org.vademecum.trees.AnswerParser;
import org.vademecum.trees.Evaluation;
import org.vademecum.trees.InvalidAnswerException;
import org.vademecum.trees.TreeEvaluator;
import org.vademecum.trees.TreeLabels;

/**
 * {@code vademecum decide TREE --set name=value … [--json]}: evaluates a decision tree with the Java evaluator
 * (the one the build checks the trees' cases with) and prints the path taken and the outcome with its
 * recommendations, or the next question the tree needs. Exit codes: 0 answered (complete or not), 1 the content
 * has errors (all printed), 2 bad input (unknown tree or variable, value of the wrong type or out of range).
 */
public final class DecideCommand implements Command {
    static final Option SET = Option.repeatable("--set", "NAME=VALUE",
            "An answer, e.g. --set fracture=severe --set t_score=-2.6 (repeatable).");
    static final Option JSON = Option.flag("--json", "Print one JSON object: tree, complete, path, outcome, recommendations, next.");
    static final Option PROJECT = Option.value("--project", "DIR", "Project folder holding content/ (default: current folder).");

    @Override
    public Spec spec() {
        return new Spec("decide",
                List.of("Evaluates a decision tree with the given answers and prints the path taken and the outcome"
                                + " with its recommendations, or the next question it needs.",
                        "Yes/no answers are yes or no (oui or non too); numbers take a decimal point or comma and - or − as"
                                + " the sign; a numeric range can be given as le:-3, gt:-1 or gt:-3,le:-2."),
                List.of(SET, JSON, PROJECT),
                List.of(new Parameter("TREE", "Tree id (file name in content/trees/, without .yaml).")),
                List.of("0:answered (complete, or the next question is printed)",
                        "1:content errors (all are printed as path:line:col)",
                        "2:bad input: unknown tree or variable, wrong type, out of range"));
    }

    @Override
    public int run(Arguments args, PrintWriter out, PrintWriter err) throws UsageException {
        String treeId = args.parameter(0);
        List<String> sets = args.values(SET);
        boolean json = args.has(JSON);
        Path project = args.path(PROJECT, Path.of("."));
        SitePipeline.CheckedContent checked;
        try {
            // The same gate as build: a tree is evaluated only from content that would publish.
            checked = SitePipeline.load(project);
        } catch (ContentErrors e) {
            err.print(e.report());
            err.flush();
            return Main.CONTENT_ERRORS;
        }
        SiteContent content = checked.content();
        Optional<DecisionTree> found = content.findTree(treeId);
        if (found.isEmpty()) {
            List<String> ids = content.trees().stream().map(DecisionTree::id).sorted().toList();
            throw new UsageException("unknown tree '" + treeId + "'", Suggestions.hint(treeId, ids));
        }
        DecisionTree tree = found.get();
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) throw new UsageException("--set expects NAME=VALUE, not '" + set + "'", "e.g. --set t_score=-2.6");
            String name = set.substring(0, eq).strip();
            String value = set.substring(eq + 1);
            if (answers.containsKey(name)) throw new UsageException("variable '" + name + "' is set twice", "keep one --set " + name + "=…");
            Optional<Variable> variable = tree.findVariable(name);
            if (variable.isEmpty()) {
                Optional<Variable> elsewhere = content.trees().stream()
                        .flatMap(t -> t.findVariable(name).stream()).findFirst();
                if (elsewhere.isEmpty()) {
                    TreeSet<String> known = new TreeSet<>(tree.variables().keySet());
                    throw new UsageException("unknown variable '" + name + "' for tree '" + tree.id() + "'",
                            Suggestions.closest(name, known).map(c -> "did you mean '" + c + "'?")
                                    .orElse("this tree asks: " + String.join(", ", known)));
                }
                try {
                    AnswerParser.parse(elsewhere.get(), value);
                } catch (InvalidAnswerException e) {
                    throw new UsageException(e.getMessage(), e.hint());
                }
                err.println("note: tree '" + tree.id() + "' does not ask " + name + "; the answer is ignored");
                continue;
            }
            try {
                answers.put(name, AnswerParser.parse(variable.get(), value));
            } catch (InvalidAnswerException e) {
                throw new UsageException(e.getMessage(), e.hint());
            }
        }
        Evaluation evaluation = TreeEvaluator.evaluate(tree, answers);
        TreeLabels labels = new TreeLabels(content.config().language(), checked.strings()::get);
        if (json) out.println(json(evaluation, content, labels));
        else human(evaluation, content, labels, content.gradeScale(checked.strings()::get), out);
        out.flush();
        err.flush();
        return Main.OK;
    }

    /**
     * The {@code --json} object; keys in the documented order. Its shape and values are those of earlier releases:
     * on a French site, yes/no answers are written {@code oui} and {@code non} as they always were.
     */
    static String json(Evaluation e, SiteContent content, TreeLabels labels) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tree", e.tree().id());
        root.put("complete", e.complete());
        List<Object> path = new ArrayList<>();
        for (Evaluation.Step s : e.path()) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("question", s.question().id());
            step.put("variable", s.variable().name());
            step.put("answer", written(s.answer().text(), s.variable(), labels));
            path.add(step);
        }
        root.put("path", path);
        root.put("outcome", e.outcome().map(o -> o.id()).orElse(null));
        List<Object> recs = new ArrayList<>();
        e.outcome().ifPresent(o -> {
            for (String id : o.recommendationIds()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("id", id);
                r.put("grade", content.findRecommendation(id).map(Recommendation::gradeId).orElse(null));
                recs.add(r);
            }
        });
        root.put("recommendations", recs);
        root.put("next", e.next().map(Variable::name).orElse(null));
        return Json.write(root);
    }

    /** A yes/no answer in the site's words for data: {@code oui}/{@code non} on a French site. */
    private static String written(String value, Variable v, TreeLabels labels) {
        return v.type() == VariableType.YES_NO && labels.french() ? Variable.inFrench(value) : value;
    }

    private static void human(Evaluation e, SiteContent content, TreeLabels labels, GradeScale grades, PrintWriter out) {
        DecisionTree tree = e.tree();
        out.println(tree.title() + " (" + tree.id() + ")");
        if (e.path().isEmpty()) {
            out.println("path: (no question answered yet)");
        } else {
            out.println("path:");
            int n = 1;
            for (Evaluation.Step s : e.path()) {
                out.println("  " + n++ + ". " + s.variable().label() + " : "
                        + labels.answer(s.answer(), s.variable(), s.branch()) + "   [" + s.variable().name() + "="
                        + written(s.answer().text(), s.variable(), labels) + "]");
            }
        }
        if (e.complete()) {
            var o = e.outcome().get();
            out.println("outcome: " + o.id() + " — " + o.title());
            if (o.recommendations().isEmpty()) {
                out.println("recommendations: none");
            } else {
                out.println("recommendations:");
                for (String id : o.recommendationIds()) {
                    Optional<Recommendation> r = content.findRecommendation(id);
                    out.println("  " + id + " (" + r.map(x -> grades.require(x.gradeId()).label()).orElse("?") + ")"
                            + r.map(x -> " — " + x.title()).orElse(""));
                }
            }
        } else {
            Variable v = e.next().get();
            if (e.imprecise()) {
                out.println("the range given for " + v.name() + " spans several branches: an exact value is needed");
            }
            String question = e.pending().get().text() != null ? e.pending().get().text() : v.question();
            out.println("next question: " + v.name() + " — " + question.strip());
            out.println("  answer: " + expected(v, labels.french()));
            out.println("  e.g. --set " + v.name() + "=" + example(v, labels.french()));
        }
    }

    private static String expected(Variable v, boolean french) {
        return switch (v.type()) {
            case YES_NO -> french ? "oui or non" : "yes or no";
            case CHOICE -> "one of " + String.join(", ", v.optionValues());
            default -> (v.type() == VariableType.INTEGER ? "a whole number" : "a number") + " from "
                    + v.min().toPlainString() + " to " + v.max().toPlainString()
                    + (v.unit() == null ? "" : " (" + v.unit() + ")");
        };
    }

    private static String example(Variable v, boolean french) {
        return switch (v.type()) {
            case YES_NO -> french ? "oui" : "yes";
            case CHOICE -> v.optionValues().get(0);
            default -> v.min().toPlainString();
        };
    }
}
