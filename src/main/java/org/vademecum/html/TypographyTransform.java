package org.vademecum.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.vademecum.typography.Typography;

/**
 * Applies the site language's {@link Typography} to every text node of the page, head included ({@code <title>}).
 * Attributes are left alone (screen readers and tooltips gain nothing from no-break spaces, and URLs live there).
 * Skipped with everything inside: {@code code pre kbd samp script style textarea template svg math}, and any element
 * with {@code translate="no"} or class {@code notypo}. Text nodes between two block boundaries form a run, so that a
 * rule sees the character just before and just after a node ({@code l'<abbr>DMO</abbr>}, {@code <em>mot</em> ?}).
 */
final class TypographyTransform implements PageTransform {
    private static final Set<String> SKIPPED = Set.of(
            "code", "pre", "kbd", "samp", "script", "style", "textarea", "template", "svg", "math");
    private final Typography typography;

    TypographyTransform(Typography typography) {
        this.typography = typography;
    }

    @Override
    public void apply(Document page, PageContext context) {
        if (typography == Typography.NONE) return;
        walk(page, new Typeset());
    }

    static boolean skipped(Element el) {
        return SKIPPED.contains(el.normalName()) || "no".equals(el.attr("translate")) || el.hasClass("notypo");
    }

    /** Text nodes in document order, cut at block boundaries, line breaks and skipped elements. */
    static List<List<TextNode>> runs(Document page) {
        List<List<TextNode>> runs = new ArrayList<>();
        walk(page, new Runs() {
            private List<TextNode> run = new ArrayList<>();

            @Override
            public void text(TextNode node) {
                run.add(node);
            }

            @Override
            public void cut() {
                if (run.isEmpty()) return;
                runs.add(run);
                run = new ArrayList<>();
            }
        });
        return runs;
    }

    /** What {@link #walk} tells: the text nodes in document order, and where a run ends. */
    private interface Runs {
        void text(TextNode node);

        void cut();
    }

    private static void walk(Document page, Runs runs) {
        page.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    runs.text(t);
                } else if (node instanceof Element el) {
                    if (skipped(el)) {
                        runs.cut();
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (el.isBlock() || el.normalName().equals("br")) runs.cut();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                // A skipped element has no tail: it was cut at its head.
                if (node instanceof Element el && el.isBlock()) runs.cut();
                return FilterResult.CONTINUE;
            }
        });
        runs.cut();
    }

    /**
     * Applies the typography along the walk, with no list of the runs: each node once the next one, whose first
     * character it sees, has come (or its run has ended).
     */
    private final class Typeset implements Runs {
        private TextNode pending;
        /** The last character of the run so far, as typeset. */
        private char before;

        @Override
        public void text(TextNode node) {
            if (pending != null) typeset(pending, firstChar(node.getWholeText()));
            pending = node;
        }

        @Override
        public void cut() {
            if (pending != null) typeset(pending, (char) 0);
            pending = null;
            before = 0;
        }

        private void typeset(TextNode node, char after) {
            String text = node.getWholeText();
            String out = typography.apply(text, before, after);
            // A space a rule put before the punctuation that opens the next node goes into that node, out of
            // this element (an underlined link, a citation): the next node adds it again, seeing this one's end.
            if (";:!?»".indexOf(after) >= 0 && !out.isEmpty() && isNoBreakSpace(out.charAt(out.length() - 1))
                    && !text.endsWith(out.substring(out.length() - 1))) {
                out = out.substring(0, out.length() - 1);
            }
            if (!out.equals(text)) node.text(out);
            if (!out.isEmpty()) before = out.charAt(out.length() - 1);
        }
    }

    private static boolean isNoBreakSpace(char c) {
        return c == '\u00a0' || c == '\u202f';
    }

    private static char firstChar(String text) {
        return text.isEmpty() ? 0 : text.charAt(0);
    }
}
