package org.vademecum.trees;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.vademecum.model.GradeScale;
import org.vademecum.model.Recommendation;
import org.vademecum.model.tree.Branch;
import org.vademecum.model.tree.DecisionTree;
import org.vademecum.model.tree.Outcome;
import org.vademecum.model.tree.Question;
import org.vademecum.model.tree.Variable;

/**
 * The overview diagram of a tree, an SVG document built at build time and published as
 * {@code /arbres/<id>/apercu.svg} (the page shows it with {@code <img>}, so that it costs nothing until it is
 * scrolled to). Made for a phone: one column 360 units wide (shown at its natural size, so text stays at 16 px,
 * the body size), questions numbered top-down in reading order, each listing its answers and where each leads
 * ("→ question 4" or the outcome), an arrow to the box below when an answer leads there, then the outcomes with
 * their recommendations and grades. Text is wrapped at build time from an estimate of glyph widths (DejaVu Sans,
 * the widest usual fallback). Its own style sheet follows the reader's light or dark scheme; printed, it is black
 * on white.
 */
public final class TreeDiagram {
    static final int WIDTH = 360;
    static final int PAD = 12;
    static final int FONT = 16;
    static final int LINE = 22;
    static final int GAP = 28;

    private TreeDiagram() {}

    /** The SVG document for {@code tree}; {@code labels} gives the language and the {@code tree.*} words, {@code grades} the grade labels. */
    public static String svg(DecisionTree tree, TreeLabels labels,
            Function<String, Optional<Recommendation>> recommendations, GradeScale grades) {
        Function<String, String> strings = labels.strings();
        List<String> order = TreePageView.readingOrder(tree);
        Map<String, Integer> numbers = new java.util.HashMap<>();
        for (String id : order) if (tree.questions().containsKey(id)) numbers.put(id, numbers.size() + 1);

        List<Box> boxes = new ArrayList<>();
        for (String id : order) {
            Question q = tree.questions().get(id);
            if (q != null) {
                Variable v = tree.variableOf(q);
                List<Line> lines = new ArrayList<>();
                String text = (q.text() != null ? q.text() : v.question()).strip();
                for (String l : wrap(numbers.get(id) + ". " + text, WIDTH - 2 * PAD, true, labels)) lines.add(new Line(l, true, 0));
                for (Branch b : q.branches()) {
                    String target = tree.outcomes().containsKey(b.next())
                            ? "\u2192 " + tree.outcomes().get(b.next()).title()
                            : "\u2192 " + strings.apply("tree.question") + " " + numbers.get(b.next());
                    List<String> wrapped = wrap("\u2022 " + labels.branch(b, v) + " " + target, WIDTH - 3 * PAD, false, labels);
                    for (int i = 0; i < wrapped.size(); i++) lines.add(new Line(wrapped.get(i), false, i == 0 ? 0 : 1));
                }
                boxes.add(new Box(id, false, lines));
            } else {
                Outcome o = tree.outcomes().get(id);
                List<Line> lines = new ArrayList<>();
                for (String l : wrap(o.title(), WIDTH - 2 * PAD, true, labels)) lines.add(new Line(l, true, 0));
                if (o.recommendations().isEmpty()) {
                    for (String l : wrap(strings.apply("tree.diagram.noRecommendation"), WIDTH - 2 * PAD, false, labels)) {
                        lines.add(new Line(l, false, 0));
                    }
                }
                for (String recId : o.recommendationIds()) {
                    // Numbered recommendations by their number (their titles are on the page), others by title.
                    String label = recommendations.apply(recId)
                            .map(r -> (r.number() != null ? strings.apply("tree.diagram.rec") + " " + r.number()
                                    : r.title()) + " (" + grades.require(r.gradeId()).label() + ")")
                            .orElse(recId);
                    List<String> wrapped = wrap("\u2022 " + label, WIDTH - 3 * PAD, false, labels);
                    for (int i = 0; i < wrapped.size(); i++) lines.add(new Line(wrapped.get(i), false, i == 0 ? 0 : 1));
                }
                boxes.add(new Box(id, true, lines));
            }
        }

        StringBuilder body = new StringBuilder();
        int y = 0;
        body.append("<text x=\"").append(PAD).append("\" y=\"").append(y + 17).append("\" class=\"td-kicker\" fill=\"currentColor\">")
                .append(esc(strings.apply("tree.diagram.start").toUpperCase(java.util.Locale.ROOT))).append("</text>");
        y += 26;
        arrow(body, y - 4, y + 8);
        y += 10;
        boolean outcomesStarted = false;
        for (int i = 0; i < boxes.size(); i++) {
            Box box = boxes.get(i);
            if (box.outcome && !outcomesStarted) {
                outcomesStarted = true;
                if (i > 0) y += 8;
                body.append("<text x=\"").append(PAD).append("\" y=\"").append(y + 17)
                        .append("\" class=\"td-kicker\" fill=\"currentColor\">")
                        .append(esc(strings.apply("tree.diagram.outcomes").toUpperCase(java.util.Locale.ROOT))).append("</text>");
                y += 30;
            }
            int height = PAD + box.lines.size() * LINE + PAD - 4;
            body.append("<g class=\"td-node ").append(box.outcome ? "td-outcome" : "td-question").append("\">");
            body.append("<rect x=\"1\" y=\"").append(y).append("\" width=\"").append(WIDTH - 2).append("\" height=\"")
                    .append(height).append("\" rx=\"10\" class=\"td-box\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"")
                    .append(box.outcome ? "2.5" : "1.5").append("\"/>");
            int ly = y + PAD + 16;
            for (Line line : box.lines) {
                int x = PAD + (line.bold ? 0 : PAD * line.indent);
                body.append("<text x=\"").append(x).append("\" y=\"").append(ly).append("\" fill=\"currentColor\"");
                if (line.bold) body.append(" font-weight=\"700\"");
                body.append(">").append(esc(line.text)).append("</text>");
                ly += LINE;
            }
            body.append("</g>");
            y += height;
            String nextId = i + 1 < boxes.size() && !boxes.get(i + 1).outcome ? boxes.get(i + 1).id : null;
            boolean linksToNext = !box.outcome && nextId != null
                    && tree.questions().get(box.id).branches().stream().anyMatch(b -> b.next().equals(nextId));
            if (linksToNext) {
                arrow(body, y + 2, y + GAP - 2);
                y += GAP;
            } else {
                y += 14;
            }
        }
        int height = y;
        String title = strings.apply("tree.diagram.title") + strings.apply("format.colon") + tree.title();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + height
                + "\" width=\"" + WIDTH + "\" height=\"" + height + "\" role=\"img\" lang=\"" + esc(labels.language()) + "\""
                + " font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif\" font-size=\""
                + FONT + "\"><title>" + esc(title) + "</title><style>" + STYLE + "</style>" + body + "</svg>\n";
    }

    /** Colours: dark text on white, light text on the dark theme's background (same values as site.css). */
    static final String STYLE = "svg{color:#1b1f24}.td-question .td-box{fill:#fff}"
            + ".td-outcome .td-box{fill:#f3f6f9;stroke:#0b5cad}.td-kicker{font-weight:700;letter-spacing:.04em}"
            + ".td-arrow{color:#4a5562}"
            + "@media (prefers-color-scheme:dark){svg{color:#e6e9ed}.td-question .td-box{fill:#111418}"
            + ".td-outcome .td-box{fill:#1a1f25;stroke:#7cb7ff}.td-arrow{color:#aab4bf}}"
            + "@media print{svg{color:#000}.td-question .td-box,.td-outcome .td-box{fill:#fff;stroke:#000}}";

    private static void arrow(StringBuilder out, int from, int to) {
        int x = WIDTH / 2;
        out.append("<path d=\"M").append(x).append(' ').append(from).append("V").append(to - 6)
                .append("\" class=\"td-arrow\" stroke=\"currentColor\" stroke-width=\"2\" fill=\"none\"/>")
                .append("<path d=\"M").append(x - 6).append(' ').append(to - 8).append("L").append(x).append(' ')
                .append(to).append("L").append(x + 6).append(' ').append(to - 8)
                .append("Z\" class=\"td-arrow\" fill=\"currentColor\"/>");
    }

    private record Line(String text, boolean bold, int indent) {}

    private record Box(String id, boolean outcome, List<Line> lines) {}

    /** Splits {@code text} into lines no wider than {@code width} units at 16 px (estimated), breaking at spaces. */
    static List<String> wrap(String text, int width, boolean bold, TreeLabels labels) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        // The page's typography skips SVG: it is applied here. Keep a comparison whole ("T ≤ −3") and an arrow with
        // what follows it ("→ question 4").
        String glued = labels.spacing(labels.typeset(text.replaceAll("\\s+", " ").strip()))
                .replaceAll("([\u2264\u2265<>=\u2192]) ", "$1\u00a0").replaceAll(" ([\u2264\u2265<>=])", "\u00a0$1");
        for (String word : glued.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, bold) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) lines.add(line.toString());
            line.setLength(0);
            // A word wider than the line on its own is cut.
            String w = word;
            while (width(w, bold) > width) {
                int cut = w.length() - 1;
                while (cut > 1 && width(w.substring(0, cut), bold) > width) cut--;
                lines.add(w.substring(0, cut));
                w = w.substring(cut);
            }
            line.append(w);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    /**
     * Estimated advance width of {@code s} at 16 px. The per-letter widths are those of DejaVu Sans (the widest
     * common fallback for {@code system-ui} on Linux), so that narrower fonts only leave a little more room.
     */
    static double width(String s, boolean bold) {
        double em = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD).charAt(0);
            int lower = "abcdefghijklmnopqrstuvwxyz".indexOf(base);
            if (lower >= 0) em += LOWER[lower];
            else if (c == ' ' || c == '\u00a0') em += 0.32;
            else if (c == '\u202f') em += 0.2; // narrow no-break space
            else if ("il.,:;'!|\u2019".indexOf(c) >= 0) em += 0.32;
            else if ("()[]".indexOf(c) >= 0) em += 0.39;
            else if (c == '-') em += 0.36;
            else if (c == 'M' || c == 'W') em += 0.99;
            else if (c == '\u2014') em += 1.0;
            else if (Character.isUpperCase(base)) em += 0.76;
            else if (Character.isDigit(c)) em += 0.64;
            else em += 0.84;
        }
        return em * FONT * (bold ? 1.12 : 1.0);
    }

    private static final double[] LOWER = {0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278,
            0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592,
            0.525};

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
