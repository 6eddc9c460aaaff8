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
