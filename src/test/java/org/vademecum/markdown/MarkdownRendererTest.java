package org.vademecum.markdown;

import org.vademecum.model.Shortcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    final MarkdownRenderer md = new MarkdownRenderer();

    @Test
    void rawHtmlCannotBringScriptsHandlersOrJavascriptUrls() {
        String html = md.render("""
                Texte <script>alert(1)</script> <img src=x onerror="alert(2)"> <a href="javascript:alert(3)">x</a>
                <span style="color:red" onclick="x()">sûr</span> [lien](javascript:alert(4)) <iframe src="https://evil"></iframe>
                """);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("style="), html);
        assertFalse(html.contains("<iframe"), html);
        assertTrue(html.contains("sûr"), html);
    }

    @Test
    void markdownWithoutRawHtmlCannotBringUnsafeUrlsEither() {
        // No '<' in the text: the fast path, which checks flexmark's own markup in place instead of the cleaner.
        String html = md.render("""
                [a](javascript:alert(1)) [b](JaVaScRiPt:alert(2)) [c](vbscript:msgbox) [d](data:text/html,x)
                ![e](data:image/png;base64,AAAA) ![f](javascript:alert(3)) [g](&#106;avascript:alert(4))

                [ok1](/soins/) [ok2](suite.md#x) [ok3](#haut) [ok4](mailto:a@b.fr) [ok5](https://has-sante.fr/)
                ![ok6](https://example.org/i.png "titre")
                """);
        assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("script:"), html);
        assertFalse(html.contains("data:"), html);
        for (String kept : new String[] {"href=\"/soins/\"", "href=\"suite.md#x\"", "href=\"#haut\"",
                "href=\"mailto:a@b.fr\"", "href=\"https://has-sante.fr/\"", "src=\"https://example.org/i.png\"",
                "title=\"titre\"", ">b</a>", ">g</a>"}) {
            assertTrue(html.contains(kept), kept + " in " + html);
        }
    }

    @Test
    void bothSanitisingPathsGiveTheSameMarkup() {
        // The same text, once alone (fast path) and once after a harmless raw <span> (cleaner): same output.
        String text = """
                ## Titre

                Voir [la suite](/soins/eau/#boire), [x](javascript:alert(1)) et ![i](data:x) `code` **gras**[^1].

                | a | b |
                |:--|--:|
                | 1 | 2 |

                1. un
                2. deux

                > cité

                [^1]: Une note.
                """;
        String raw = "<span>s</span>";
        String fast = md.render(text);
        String cleaned = md.render(raw + "\n\n" + text);
        assertEquals("<p>" + raw + "</p>\n" + fast, cleaned);
    }

    @Test
    void tablesFootnotesAndInternalLinksSurvive() {
        String html = md.render("""
                | a | b |
                |---|---|
                | T ≤ −3 | traiter |

                Voir [la suite](/soins/eau/#boire) et [ici](#haut)[^1].

                [^1]: Une note.
                """);
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<td>T ≤ −3</td>"), html);
        assertTrue(html.contains("href=\"/soins/eau/#boire\""), html);
        assertTrue(html.contains("href=\"#haut\""), html);
        assertTrue(html.contains("Une note."), html);
    }

    @Test
    void shortcodesAreFoundWithTheirOffsets() {
        var found = Shortcode.findAll("Voir [[rec:abc]] et [@x; @y-2].", null);
        assertEquals(2, found.size());
        assertEquals(Shortcode.Kind.RECOMMENDATION, found.get(0).kind());
        assertEquals(5, found.get(0).start());
        assertEquals(java.util.List.of("x", "y-2"), found.get(1).ids());
    }
}
