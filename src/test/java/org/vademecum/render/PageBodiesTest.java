package org.vademecum.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.vademecum.diag.SourcePosition;
import org.vademecum.markdown.MarkdownRenderer;
import org.vademecum.model.Page;
import org.vademecum.model.Shortcode;

/**
 * A body spliced into its page gives the DOM that parsing the page with the body written out as text gave before:
 * the same nodes and the same text nodes (the transforms that follow, typography above all, read text node by
 * text node), so the site is the same.
 */
class PageBodiesTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    /** As page.ftlh places the body: between blank text, inside a block. */
    private static final String PAGE = "<!doctype html><html><body><main><h1>Titre</h1>\n"
            + "  <div class=\"prose\">\n  %s\n  </div>\n  <p>après</p></main></body></html>";

    private static Page page(String markdown) {
        return new Page("guide/page", "/guide/page/", "guide", false, "Page", null, 0, List.of(), List.of(), List.of(),
                null, markdown, SourcePosition.file("content/pages/guide/page.md"), Shortcode.Parsed.NONE);
    }

    private static Element render(Page page) {
        Element root = MARKDOWN.renderTree(page.markdown());
        // what a shortcut does: text split around the inline markup of a card's partial
        root.getElementsByTag("p").forEach(p -> p.appendChild(new TextNode(" (")).appendChild(new TextNode("voir)")));
        PageBodies.mergeAdjacentText(root);
        return root;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Un paragraphe.",
            "## Titre\n\nTexte avec **gras**, *italique* et `code`.\n\n- un\n- deux\n\n| a | b |\n|---|---|\n| 20 | % |\n",
            "Texte & <abbr title=\"densité minérale osseuse\">DMO</abbr> < 2,5 ; un lien [ici](../autre/).",
            "```\ncode\n\n  indenté\n```\n\nFin.",
            "",
            "Note[^1].\n\n[^1]: La note.",
    })
    void aSplicedBodyIsTheDomThatParsingItsTextGave(String markdown) {
        Page page = page(markdown);
        PageBodies bodies = new PageBodies(Map.of(page, "0-0"), PageBodiesTest::render);

        Document spliced = Jsoup.parse(PAGE.formatted(bodies.marker(page)));
        bodies.splice(spliced);
        Document parsed = Jsoup.parse(PAGE.formatted(render(page).html()));

        assertEquals(parsed.outerHtml(), spliced.outerHtml());
        assertEquals(nodes(parsed), nodes(spliced), "the same nodes, text runs included");
    }

    @Test
    void aPageShowingTwoBodiesGetsEach() {
        Page first = page("Premier.");
        Page second = new Page("guide/autre", "/guide/autre/", "guide", false, "Autre", null, 0, List.of(), List.of(),
                List.of(), null, "Second.", SourcePosition.file("content/pages/guide/autre.md"), Shortcode.Parsed.NONE);
        PageBodies bodies = new PageBodies(Map.of(first, "0-0", second, "0-1"), p -> MARKDOWN.renderTree(p.markdown()));
        Document doc = Jsoup.parse("<div>" + bodies.marker(second) + "</div><div>" + bodies.marker(first) + "</div>");
        bodies.splice(doc);
        doc.outputSettings().prettyPrint(false);
        assertEquals("<div><p>Second.</p>\n</div><div><p>Premier.</p>\n</div>", doc.body().html());
    }

    @Test
    void aPageOfAnotherSiteHasNoMarker() {
        PageBodies bodies = new PageBodies(Map.of(), p -> MARKDOWN.renderTree(p.markdown()));
        assertThrows(IllegalArgumentException.class, () -> bodies.marker(page("x")));
    }

    /** Each node as its class and, for text, its text: adjacent text nodes show as two entries. */
    private static List<String> nodes(Document doc) {
        List<String> out = new java.util.ArrayList<>();
        doc.traverse((Node n, int depth) -> out.add(depth + " " + n.getClass().getSimpleName()
                + (n instanceof TextNode t ? " " + t.getWholeText() : "")));
        return out;
    }
}
