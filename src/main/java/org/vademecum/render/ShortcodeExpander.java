package org.vademecum.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.vademecum.model.Shortcode;
import org.vademecum.model.SiteContent;

/**
 * Replaces author shortcuts in rendered Markdown with their HTML: a paragraph that holds only
 * {@code [[rec:id]]}, {@code [[facteurs:id]]} or {@code [[sequence:id]]} becomes the full card; anywhere else a
 * shortcut becomes a link. The markup comes from the theme's {@code partials/embed.ftlh}, so cards look the same
 * on every page. Unknown ids were reported by the validator and are left as text.
 */
final class ShortcodeExpander {
    private final SiteContent content;
    private final ViewFactory views;
    private final TemplateEngine templates;
    private final Map<String, Object> baseModel;

    ShortcodeExpander(SiteContent content, ViewFactory views, TemplateEngine templates, Map<String, Object> baseModel) {
        this.content = content;
        this.views = views;
        this.templates = templates;
        this.baseModel = baseModel;
    }

    /** Expands every shortcut inside {@code root}, which holds the page's rendered Markdown. */
    void expand(Element root, String url) {
        List<TextNode> texts = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode t && mayHoldShortcut(t.getWholeText()) && !insideCode(t)) texts.add(t);
        });
        for (TextNode text : texts) expandText(text, url);
    }

    private void expandText(TextNode textNode, String url) {
        String text = textNode.getWholeText();
        List<Shortcode> codes = Shortcode.findAll(text, null);
        if (codes.isEmpty()) return;
        Element parent = (Element) textNode.parent();
        boolean alone = codes.size() == 1 && text.strip().equals(text.substring(codes.get(0).start(), codes.get(0).end()))
                && parent.tagName().equals("p") && parent.childNodeSize() == 1;
        if (alone && isBlock(codes.get(0).kind())) {
            render(codes.get(0), "block", url).ifPresent(html -> {
                List<Node> nodes = Parser.parseFragment(html, parent.parent(), "");
                for (Node n : nodes) parent.before(n);
                parent.remove();
            });
            return;
        }
        List<Node> replacement = new ArrayList<>();
        int last = 0;
        for (Shortcode code : codes) {
            if (code.start() > last) replacement.add(new TextNode(text.substring(last, code.start())));
            String original = text.substring(code.start(), code.end());
            replacement.addAll(render(code, "inline", url)
                    .map(html -> Parser.parseFragment(html, parent, ""))
                    .orElse(List.of(new TextNode(original))));
            last = code.end();
        }
        if (last < text.length()) replacement.add(new TextNode(text.substring(last)));
        for (Node n : replacement) textNode.before(n);
        textNode.remove();
    }

    private static boolean mayHoldShortcut(String text) {
        return text.contains("[[") || text.contains("[@");
    }

    private static boolean isBlock(Shortcode.Kind kind) {
        return kind == Shortcode.Kind.RECOMMENDATION || kind == Shortcode.Kind.RISK_FACTORS || kind == Shortcode.Kind.SEQUENCE;
    }

    private java.util.Optional<String> render(Shortcode code, String mode, String url) {
        Map<String, Object> model = new HashMap<>(baseModel);
        model.put("mode", mode);
        model.put("kind", code.kind().name().toLowerCase(java.util.Locale.ROOT));
        String id = code.ids().get(0);
        Object item = switch (code.kind()) {
            case RECOMMENDATION -> content.findRecommendation(id).map(views::recommendation).orElse(null);
            case TERM -> content.findGlossaryEntry(id).map(views::glossaryEntry).orElse(null);
            case TREE -> content.findTree(id).map(t -> new Views.Link(t.title(), views.treeUrl(t.id()))).orElse(null);
            case RISK_FACTORS -> content.findRiskFactorGroup(id).map(views::riskFactorGroup).orElse(null);
            case SEQUENCE -> content.findSequence(id).map(views::sequence).orElse(null);
            case CITATION -> {
                List<Views.CitationView> list = new ArrayList<>();
                for (String ref : code.ids()) content.findReference(ref).map(views::citation).ifPresent(list::add);
                yield list.size() == code.ids().size() ? list : null;
            }
        };
        if (item == null) return java.util.Optional.empty();
        model.put("item", item);
        return templates.render("partials/embed.ftlh", model, url).map(String::strip);
    }

    private static boolean insideCode(TextNode t) {
        for (Node p = t.parent(); p instanceof Element e; p = e.parent()) {
            if (e.tagName().equals("code") || e.tagName().equals("pre")) return true;
        }
        return false;
    }
}
