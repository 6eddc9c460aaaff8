package org.vademecum.trees;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.vademecum.model.GradeScale;
import org.vademecum.model.Recommendation;
import org.vademecum.model.Ref;
import org.vademecum.model.tree.Branch;
import org.vademecum.model.tree.Condition;
import org.vademecum.model.tree.DecisionTree;
import org.vademecum.model.tree.Outcome;
import org.vademecum.model.tree.Question;
import org.vademecum.model.tree.Variable;
import org.vademecum.model.SitePath;
import org.vademecum.model.UrlSegments;

/**
 * What {@code templates/tree.ftlh} receives for one tree page (model key {@code tree}). Questions and outcomes
 * come in reading order (breadth first from the start), numbered as in the overview diagram. Fields ending in
 * {@code Html} are safe HTML (sanitised Markdown); {@code dataJson} is the {@link TreeJson} data for the page's
 * {@code <script type="application/json">} block; {@code diagramUrl} is the overview diagram ({@link TreeDiagram}),
 * published next to the page, with its height for the {@code <img>} (its width is 360). {@code linksJson} is
 * {@link TreeJson#links} (the other trees this one links to and the variables they share), or null when there are
 * none.
 *
 * @param url          the page's site path, {@code /arbres/<id>/}
 * @param sources      bibliography ids of the tree (the template shows them as citations)
 */
public record TreePageView(
        String id,
        String url,
        String title,
        String summary,
        String attribution,
        String introHtml,
        String startAnchor,
        List<QuestionView> questions,
        List<OutcomeView> outcomes,
        List<String> sources,
        String dataJson,
        String linksJson,
        String diagramUrl,
        int diagramHeight) {

    public TreePageView {
        questions = List.copyOf(questions);
        outcomes = List.copyOf(outcomes);
        sources = List.copyOf(sources);
    }

    /**
     * One question section.
     *
     * @param anchor    the section id, {@code question-<node id>}
     * @param number    its number in reading order (1 for the start), as in the diagram
     * @param type      {@code yes-no}, {@code choice}, {@code integer} or {@code number} (numeric questions get
     *                  their exact-value input from the page's script, which has the range in the JSON data)
     */
    public record QuestionView(String id, String anchor, int number, String variable, String type, String label,
            String text, String helpHtml, List<AnswerView> answers) {
        public QuestionView {
            answers = List.copyOf(answers);
        }
    }

    /**
     * One answer link: {@code href} goes to the next section; {@code value} is what the answer puts in the URL
     * ({@code oui}, an option value, or a numeric range such as {@code gt:-3,le:-2}).
     *
     * @param target what the link leads to, for readers: "question 4" or the outcome's title
     */
    public record AnswerView(String label, String value, String href, String target, boolean toOutcome) {}

    /** One outcome section; {@code anchor} is {@code resultat-<outcome id>}. */
    public record OutcomeView(String id, String anchor, String title, String textHtml, List<String> recommendations) {
        public OutcomeView {
            recommendations = List.copyOf(recommendations);
        }
    }

    public static String questionAnchor(String nodeId) {
        return "question-" + nodeId;
    }

    public static String outcomeAnchor(String nodeId) {
        return "resultat-" + nodeId;
    }

    /** Where the overview diagram of a tree is published: next to its page. */
    public static SitePath diagramPath(SitePath page) {
        return page.fileNamed("apercu.svg");
    }

    /** The height of an SVG document made by {@link TreeDiagram} (its {@code height} attribute). */
    static int svgHeight(String svg) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<svg[^>]* height=\"(\\d+)\"").matcher(svg);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * Builds the view of a verified tree.
     *
     * @param markdown        Markdown to safe HTML (a block: paragraphs kept)
     * @param recommendations finds a recommendation by id (for grades in the JSON data)
     * @param labels          the site's language and interface strings ({@code tree.*}), for answers, the
     *                        diagram and link texts
     */
    public static TreePageView of(DecisionTree tree, Function<String, String> markdown,
            Function<String, Optional<Recommendation>> recommendations, TreeLabels labels) {
        return of(tree, markdown, recommendations, labels, GradeScale.defaultScale(labels.strings()),
                id -> Optional.empty(), s -> s, UrlSegments.FRENCH);
    }

    /**
     * As above, for a site graded with {@code grades}; {@code trees} finds the other trees by id, for the answers
     * carried into links to them, {@code typography} is applied to the words of the embedded tree data, and
     * {@code urls} places the page.
     */
    public static TreePageView of(DecisionTree tree, Function<String, String> markdown,
            Function<String, Optional<Recommendation>> recommendations, TreeLabels labels,
            GradeScale grades, Function<String, Optional<DecisionTree>> trees,
            java.util.function.UnaryOperator<String> typography, UrlSegments urls) {
        Function<String, String> strings = labels.strings();
        SitePath page = urls.tree(tree.id());
        List<String> order = readingOrder(tree);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (String id : order) {
            if (tree.questions().containsKey(id)) numbers.put(id, numbers.size() + 1);
        }
        List<QuestionView> questions = new ArrayList<>();
        List<OutcomeView> outcomes = new ArrayList<>();
        for (String id : order) {
            Question q = tree.questions().get(id);
            if (q != null) {
                Variable v = tree.variableOf(q);
                List<AnswerView> answers = new ArrayList<>();
                for (Branch b : q.branches()) {
                    boolean toOutcome = tree.outcomes().containsKey(b.next());
                    String href = "#" + (toOutcome ? outcomeAnchor(b.next()) : questionAnchor(b.next()));
                    String target = toOutcome ? tree.outcomes().get(b.next()).title()
                            : strings.apply("tree.question") + " " + numbers.get(b.next());
                    String value = b.when() instanceof Condition.Range r ? TreeLabels.rangeAnswer(r.interval())
                            : b.when() instanceof Condition.Is is ? is.value() : b.when().source();
                    answers.add(new AnswerView(labels.branch(b, v), value, href, target, toOutcome));
                }
                String text = q.text() != null ? q.text() : v.question();
                questions.add(new QuestionView(q.id(), questionAnchor(q.id()), numbers.get(q.id()), v.name(),
                        v.type().key(), v.label(), labels.spacing(text.strip().replaceAll("\\s+", " ")), v.help() == null ? null : markdown.apply(v.help()),
                        answers));
            } else {
                Outcome o = tree.outcomes().get(id);
                outcomes.add(new OutcomeView(o.id(), outcomeAnchor(o.id()), labels.spacing(o.title()),
                        o.text() == null ? null : markdown.apply(o.text()), o.recommendationIds()));
            }
        }
        return new TreePageView(tree.id(), page.value(), labels.spacing(tree.title()),
                labels.spacing(tree.summary()), tree.attribution(),
                tree.intro() == null ? null : markdown.apply(tree.intro()), questionAnchor(tree.start().id()),
                questions, outcomes, tree.sources().stream().map(Ref::id).toList(),
                TreeJson.write(tree, recommendations, typography), linksJson(tree, trees, urls), diagramPath(page).value(),
                svgHeight(TreeDiagram.svg(tree, labels, recommendations, grades)));
    }

    private static String linksJson(DecisionTree tree, Function<String, Optional<DecisionTree>> trees, UrlSegments urls) {
        Map<String, Object> links = TreeJson.links(tree, trees, urls.trees());
        return links.isEmpty() ? null : org.vademecum.json.Json.write(links);
    }

    /**
     * Node ids breadth first from the start, each once, following branches in file order; nodes no path reaches
     * (only in unverified trees) come last, in file order.
     */
    public static List<String> readingOrder(DecisionTree tree) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(tree.start().id());
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (tree.findNode(id).isEmpty() || !seen.add(id)) continue;
            Question q = tree.questions().get(id);
            if (q != null) q.branches().forEach(b -> queue.add(b.next()));
        }
        List<String> out = new ArrayList<>();
        seen.stream().filter(tree.questions()::containsKey).forEach(out::add);
        seen.stream().filter(tree.outcomes()::containsKey).forEach(out::add);
        tree.questions().keySet().stream().filter(k -> !seen.contains(k)).forEach(out::add);
        tree.outcomes().keySet().stream().filter(k -> !seen.contains(k)).forEach(out::add);
        return out;
    }
}
