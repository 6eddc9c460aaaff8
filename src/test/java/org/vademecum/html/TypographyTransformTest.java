package org.vademecum.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.vademecum.typography.Typography;

/** The page walk: text nodes only, code and marked elements skipped, context seen across inline elements. */
class TypographyTransformTest {
    private static String process(String body) {
        Document doc = Jsoup.parse("<html><head><title>Faut-il traiter ?</title></head><body>" + body + "</body></html>");
        doc.outputSettings().prettyPrint(false);
        new TypographyTransform(Typography.forLanguage("fr")).apply(doc, null);
        return doc.title().replace('\u202f', '_') + "|" + doc.body().html().replace('\u202f', '_').replace("&nbsp;", "~");
    }

    @Test
    void textNodesAcrossInlineElements() {
        assertEquals("Faut-il traiter_?|<p>l’<abbr title=\"densité minérale osseuse\">DMO</abbr> <em>basse</em>_?</p>",
                process("<p>l'<abbr title=\"densité minérale osseuse\">DMO</abbr> <em>basse</em> ?</p>"));
        // the space before » or ; stays outside the element that ends before it
        assertEquals("Faut-il traiter_?|<p><strong>Note</strong>~: «_<em>mot</em>_»</p>",
                process("<p><strong>Note</strong> : «<em>mot</em>»</p>"));
        assertEquals("Faut-il traiter_?|<p>[<a href=\"#a\">Lindsay 2004</a>_; <a href=\"#b\">Prince 2005</a>]</p>",
                process("<p>[<a href=\"#a\">Lindsay 2004 </a>; <a href=\"#b\">Prince 2005</a>]</p>"));
    }

    @Test
    void codeAttributesAndMarkedElementsAreLeftAlone() {
        String body = "<p><code>a ? b : c</code> <kbd>Ctrl :</kbd></p><pre>x ; y</pre>"
                + "<p translate=\"no\">n'y ?</p><p class=\"notypo\">1000 mg ?</p>"
                + "<p><a href=\"/recherche/?q=l'os ?\" title=\"Voir : ceci\" aria-label=\"l'os ?\">lien</a></p>";
        assertEquals("Faut-il traiter_?|" + body, process(body));
    }

    @Test
    void blocksDoNotLeakContextIntoEachOther() {
        // "?" opens its block: no word before it to attach to, so nothing is added
        assertEquals("Faut-il traiter_?|<p>fin</p><p>? début</p>",
                process("<p>fin</p><p>? début</p>"));
        // nor after a line break or a skipped element, which cut the run too; the run goes on after an inline one
        assertEquals("Faut-il traiter_?|<p>mot<br>? a<code>x</code>? b<em>c</em>_? d</p>",
                process("<p>mot<br>? a<code>x</code>? b<em>c</em>? d</p>"));
    }
}
