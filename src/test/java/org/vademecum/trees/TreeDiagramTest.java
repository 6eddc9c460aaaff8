package org.vademecum.trees;

import org.vademecum.json.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vademecum.model.SiteContent;
import org.vademecum.model.tree.DecisionTree;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The overview diagrams and the JSON data of the real trees. */
class TreeDiagramTest {

    @Test
    void diagramsAreWellFormedAndEveryLineFitsThePhoneColumn() throws Exception {
        SiteContent content = TreeContentTest.content();
        for (DecisionTree tree : content.trees()) {
            String svg = TreeDiagram.svg(tree, new TreeLabels("fr", org.vademecum.testing.Fixtures.frenchStrings()),
                    content::findRecommendation,
                    org.vademecum.model.GradeScale.defaultScale(org.vademecum.testing.Fixtures.frenchStrings()));
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            Element root = doc.getDocumentElement();
            assertEquals("svg", root.getLocalName());
            assertEquals("360", root.getAttribute("width"));
            assertFalse(svg.contains("style=\""), "no style attributes");
            NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
            for (int i = 0; i < texts.getLength(); i++) {
                Element t = (Element) texts.item(i);
                double x = Double.parseDouble(t.getAttribute("x"));
                boolean bold = "700".equals(t.getAttribute("font-weight"));
                double right = x + TreeDiagram.width(t.getTextContent(), bold);
                assertTrue(right <= TreeDiagram.WIDTH - TreeDiagram.PAD + 0.5, tree.id() + ": line too wide: " + t.getTextContent());
            }
            for (int n = 1; n <= tree.questions().size(); n++) {
                assertTrue(svg.contains(">" + n + ". "), tree.id() + ": question " + n + " missing from the diagram");
            }
            for (var o : tree.outcomes().values()) {
                String firstWord = o.title().split("[ \u00a0]")[0];
                assertTrue(svg.contains(TreeDiagram.esc(firstWord)), tree.id() + ": outcome " + o.id());
            }
        }
    }

    @Test
    void wrapBreaksAtSpacesAndKeepsComparisonsTogether() {
        var lines = TreeDiagram.wrap("• −3 < T ≤ −2 → Avis d'un spécialiste après une fracture non sévère", 200, false, new TreeLabels("fr", k -> k));
        assertTrue(lines.size() > 1);
        lines.forEach(l -> assertTrue(TreeDiagram.width(l, false) <= 200 || !l.contains(" "), l));
        assertTrue(lines.stream().noneMatch(l -> l.endsWith("≤") || l.endsWith("<") || l.endsWith("→")), lines.toString());
        // nor a comparison's first operand: "(T" then "≤ −3)" on the next line
        for (int width = 120; width <= 400; width += 5) {
            var narrow = TreeDiagram.wrap("Zolédronate en première intention ; traitements injectables (T ≤ −3)", width,
                    false, new TreeLabels("fr", k -> k));
            assertTrue(narrow.stream().noneMatch(l -> l.startsWith("≤") || l.endsWith("(T")), width + ": " + narrow);
        }
    }

    /** The page's typography skips SVG, so the diagram typesets its own text: it reads as the questions above it. */
    @Test
    void diagramTextHasTheSiteTypography() {
        String question = "La patiente a-t-elle une fracture de l'extrémité supérieure du fémur (ESF, col fémoral) ?";
        var french = TreeDiagram.wrap(question, 2000, true, new TreeLabels("fr", k -> k));
        assertEquals(List.of(org.vademecum.typography.Typography.forLanguage("fr").apply(question)), french);
        assertTrue(french.get(0).contains("l\u2019extrémité") && !french.get(0).contains(" ?"), french.toString());
        var english = TreeDiagram.wrap("Has the patient's hip broken ?", 2000, true, new TreeLabels("en", k -> k));
        assertEquals(List.of("Has the patient's hip broken ?"), english, "no French rules in English");
    }

    @Test
    void jsonIsDeterministicAndEscapedForAnHtmlDataBlock() {
        SiteContent content = TreeContentTest.content();
        DecisionTree tree = content.findTree("indication-traitement").orElseThrow();
        String a = TreeJson.write(tree, content::findRecommendation);
        assertEquals(a, TreeJson.write(tree, content::findRecommendation));
        assertTrue(a.startsWith("{\"id\":\"indication-traitement\",\"title\":"), a);
        assertTrue(a.contains("{\"when\":{\"min\":-3,\"minInclusive\":false,\"max\":-2,\"maxInclusive\":true},"
                + "\"next\":\"avis-specialiste\",\"range\":\"gt:-3,le:-2\"}"), a);
        assertFalse(a.contains("<"));
        assertEquals("\"\\u003c/script\\u003e\"", Json.write("</script>"));
    }
}
