package org.vademecum.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * {@link FlexmarkToJsoup} against the reference path (flexmark's HTML parsed by Jsoup): for every construct, their
 * combinations and random texts made of them, the same nodes (text nodes split the same way) and the same markup.
 */
class MarkdownDirectTreeTest {
    final MarkdownRenderer md = new MarkdownRenderer();
    final Parser parser = Parser.builder(MarkdownRenderer.options()).build();
    final FlexmarkToJsoup toJsoup = new FlexmarkToJsoup(MarkdownRenderer.options());

    static final String[] BLOCKS = {
        "", " ", "\n\n", "Un paragraphe.", "Deux\nlignes", "Ligne dure  \nsuite", "Ligne dure\\\nsuite",
        "# Titre", "## Titre *accentué* é", "###### Six", "#", "Titre\n=====", "Sous-titre\n---",
        "> Citation\n> suite", "> - a\n>   - b\n> - c", "> > imbriquée\n>\n> fin", ">",
        "- a\n- b\n- c", "- a\n\n- b", "* a\n  * b\n    * c\n* d", "1. un\n2. deux", "3. trois\n4. quatre",
        "0. zéro", "1) parenthèse", "- a\n\n  para\n- b", "- ```\n  code\n  ```", "-", "- \n  x", "1. a\n\n   > q",
        "```\ncode <b> & \"x\"\n\n\n  indenté\n```", "```java\nint a = 1;\n```", "``` js extra\nx\n```",
        "```a\\_b\ny\n```", "```&amp;\nz\n```", "```\n```", "~~~\ntilde\n~~~", "    indenté\n\n\n    suite\n\n",
        "\tcode tab", "---", "***", "___",
        "| a | b |\n|---|---|\n| 1 | 2 |", "| g | c | d |\n|:--|:-:|--:|\n| *x* | `y\\|z` | [l](/u) |",
        "| a |\n|---|", "|a|b|\n|-|-|\n|1|", "| a | b |\n|---|---|\n| 1 || \n", "| h |\n|---|\n| x |\n[Légende]",
        "a | b\n--|--\n1 | 2\n3 | 4 | 5",
        "[^1]: La note.", "[^n]: Note\n\n    en deux paragraphes.", "[^x]: Jamais citée.",
        "[ref]: /cible \"Titre\"", "[Réf É]: https://exemple.org/a%20b?x=1&y=2", "[img]: /i.png 'T'",
        "[js]: javascript:alert(1)", "[vide]: /v \"\"", "[amp]: /a?b=1&amp;c=2 (par)",
    };

    static final String[] INLINES = {
        "texte", "*em*", "_em_", "**fort**", "__fort__", "***les deux***", "`code`", "`` a`b ``", "` `", "``",
        "`a  b\nc`", "\\*échappé\\*", "\\\\", "\\[", "\\#", "&amp;", "&#233;", "&nbsp;", "&#x2014;", "&copy;",
        "&#0;", "&#13;", "&#10;", "&#9;", "&#32;", "&bogus;", "&", "\"guillemets\"", "'apostrophe'", "« français »",
        "Élève à l'hôpital", "œuf", "😀", "\t", "  ", "a\tb", "[lien](/soins/)", "[lien](/a \"titre\")",
        "[lien](/a 'l\"apostrophe')", "[lien](/a (parenthèses))", "[l](/a(b)c)", "[l](/é%C3%A9/ü)", "[l](/a%20b)",
        "[l](</a b>)", "[l]()", "[l](#haut)", "[l](mailto:a@b.fr)", "[l](javascript:alert(1))",
        "[l](JAVASCRIPT:x)", "[l](data:text/html,x)", "[l](/a?x=1&y=2)", "[l](/a?x=1&amp;y=2)", "[l](/a\\&amp;b)",
        "[l](/a\\_b)", "[**gras** `c`](/u)", "[a [b] c](/u)", "[l](/u \"\")", "![alt](/i.png)",
        "![alt *em*](/i.png \"t\")", "![](/i.png)", "![x](javascript:x)", "[![img](/i.png)](/u)", "[ref]",
        "[texte][ref]", "[texte][]", "[ref][]", "[Réf É]", "[réf é]", "![img]", "![alt][img]", "[inconnu]",
        "[texte][inconnu]", "![inconnue][nulle]", "[*x*][inconnu]", "[js]", "[vide]", "[amp]", "[^1]",
        "[^n]", "[^absente]", "[^1] et [^1]", "[texte[^1]](/u)", "*[^n]*", "https://exemple.org", "www.x.fr",
        "a_b_c", "**", "*", "_", "[", "]", "(", ")", "|", "\\|", "~", "!", "#", "1.", "-", ">", "+", "=",
        "x  ", "x\\", "ligne\nsuite", "\u00a0insécable", "\u202f;", "%", "%20", "\"", "'", "a&b", "=>",
    };

    @Test
    void everyConstructAloneGivesTheSameTree() {
        int direct = 0;
        List<String> texts = new ArrayList<>();
        for (String b : BLOCKS) texts.add(b);
        for (String i : INLINES) texts.add(i);
        for (String i : INLINES) texts.add("Avant " + i + " après.\n\n" + String.join("\n", BLOCKS[BLOCKS.length - 9],
                BLOCKS[BLOCKS.length - 7], BLOCKS[BLOCKS.length - 6], "[js]: javascript:x", "[^1]: n", "[^n]: m"));
        for (String b : BLOCKS) {
            texts.add("- " + b.replace("\n", "\n  "));
            texts.add("> " + b.replace("\n", "\n> "));
            texts.add("1. x\n\n   " + b.replace("\n", "\n   "));
            texts.add("Texte\n" + b + "\nfin");
        }
        for (String text : texts) {
            if (checkSame(text)) direct++;
        }
        // most of them take the direct path, or the test would prove little
        assertTrue(direct > texts.size() * 8 / 10, direct + " of " + texts.size());
    }

    @Test
    void combinationsGiveTheSameTree() {
        String all = String.join("\n\n", BLOCKS) + "\n\n" + String.join(" ", INLINES);
        checkSame(all);
        checkSame(String.join("\n", BLOCKS));
        checkSame(String.join("", INLINES));
        checkSame(all.replace("\n", "\r\n"));
        checkSame("[^1]: a [^2]\n[^2]: b [^1]\n\nx [^2] y [^1] [^2]");
        checkSame("[^a]\n\n[^a]: une [lien](/u) et [^a] réentrante");
        checkSame("- a\n- b\n\n\n- c");
        // flexmark drops an empty title once the same URL was linked without one
        checkSame("[a](/u) [b](/u \"\") ![c](/u \"\") ![d](/i) ![e](/i \"\") [f](/i \"\")\n\n[r]: /i \"\"\n\n[r]");
        // and the spaces that start a line
        checkSame("a  \n&#32;b\\\n&nbsp;c");
        checkSame("> ```\n> code\n> ```\n> suite");
        checkSame("Texte [^1].\n\n[^1]: - liste\n    - dans note\n\n    > citation");
    }

    @Test
    void randomTextsGiveTheSameTree() {
        Random random = new Random(20240611);
        int direct = 0, n = 2000;
        for (int k = 0; k < n; k++) {
            if (checkSame(randomText(random))) direct++;
        }
        assertTrue(direct > n / 2, direct + " of " + n);
    }

    private String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int blocks = random.nextInt(6);
        for (int b = 0; b < blocks; b++) {
            StringBuilder block = new StringBuilder(random.nextInt(3) == 0 ? pick(random, BLOCKS) : "");
            int inlines = random.nextInt(8);
            for (int i = 0; i < inlines; i++) {
                block.append(pick(random, INLINES)).append(pick(random, new String[] {"", " ", " ", "\n", "  \n"}));
            }
            String prefix = pick(random, new String[] {"", "", "", "> ", "- ", "1. ", "* ", "    ", "## ", "| "});
            text.append(prefix).append(block.toString().replace("\n", "\n" + " ".repeat(random.nextInt(3))
                    + (random.nextBoolean() ? prefix : "")));
            text.append(pick(random, new String[] {"\n", "\n\n", "\n\n\n", "\n|---|---|\n", "\n---\n"}));
        }
        return text.toString();
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** Asserts both paths give the same tree; true when the direct conversion supported the text. */
    private boolean checkSame(String markdown) {
        Element viaHtml = md.renderTreeViaHtml(markdown);
        Element direct = md.renderTree(markdown);
        assertEquals(viaHtml.html(), direct.html(), () -> "markup of " + show(markdown));
        assertEquals(dump(viaHtml), dump(direct), () -> "nodes of " + show(markdown));
        return markdown.indexOf('<') < 0 && toJsoup.convert((Document) parser.parse(markdown),
                org.jsoup.nodes.Document.createShell("").body());
    }

    private static String show(String markdown) {
        return "\"" + markdown.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }

    /** Each node on a line: text nodes with their exact text, elements with their attributes. */
    private static String dump(Node root) {
        StringBuilder out = new StringBuilder();
        dump(root, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
        if (node instanceof TextNode t) out.append('"').append(show(t.getWholeText())).append('"');
        else out.append(node.nodeName()).append(node.attributes().html());
        out.append('\n');
        for (Node child : node.childNodes()) dump(child, depth + 1, out);
    }
}
