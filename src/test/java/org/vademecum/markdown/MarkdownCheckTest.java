package org.vademecum.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vademecum.diag.Diagnostic;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;

/** {@link MarkdownRenderer#check}: nothing an author writes in raw HTML may disappear silently. */
class MarkdownCheckTest {
    static final MarkdownRenderer MD = new MarkdownRenderer();
    static final Set<String> THEME = Set.of("tree-data", "contenu", ThemeIds.BODY_WRAPPER);

    /** The body starts on line 5 of the file, as after a four-line front matter. */
    static List<Diagnostic> check(String markdown) {
        Diagnostics d = new Diagnostics();
        MD.check(markdown, MarkdownSource.page(new SourcePosition("content/pages/x.md", 5, 1)), THEME, d);
        return d.list();
    }

    static String report(String markdown) {
        return check(markdown).stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"script", "style", "iframe", "xmp", "noembed", "noframes", "noscript", "textarea", "title"})
    void unclosedRawTextElementIsAnErrorAtItsPosition(String tag) {
        String r = report("# Titre\n\nUn paragraphe.\n\n<" + tag + ">\n\nLa suite de la page.\n");
        assertTrue(r.startsWith("content/pages/x.md:9:1: error: unclosed <" + tag + "> would hide the rest of the page"), r);
        assertTrue(r.contains("hint: close it with </" + tag + ">"), r);
        String inline = report("Du texte <" + tag + " class=\"x\"> et la suite.\n");
        assertTrue(inline.startsWith("content/pages/x.md:5:10: error: unclosed <" + tag + ">"), inline);
    }

    @Test
    void plaintextAndUnclosedCommentsAreErrors() {
        assertTrue(report("a\n\n<plaintext>\nb\n").startsWith("content/pages/x.md:7:1: error: unclosed <plaintext>"));
        String r = report("Avant.\n\n<!-- note\n\nLa suite.\n");
        assertTrue(r.startsWith("content/pages/x.md:7:1: error: unclosed <!-- would hide the rest of the page"), r);
        assertEquals("", report("Avant.\n\n<!-- une note -->\n\nLa suite <!-- et une autre --> ici.\n"));
    }

    @Test
    void closedScriptOrStyleWithContentIsStillAnError() {
        String r = report("Texte <script>alert(1)</script> fin.\n\n<style>\np { color: red }\n</style>\n");
        assertTrue(r.contains("x.md:5:7: error: <script> would be removed with everything inside it"), r);
        assertTrue(r.contains("x.md:7:1: error: <style> would be removed with everything inside it"), r);
    }

    @Test
    void disallowedTagsAndAttributesAreReported() {
        String r = report("Un <span onclick=\"x()\" style=\"color:red\">mot</span> et <font>ceci</font>.\n");
        assertTrue(r.contains("error: attribute 'onclick' on <span> is not allowed and would be removed"), r);
        assertTrue(r.contains("error: attribute 'style' on <span> is not allowed"), r);
        assertTrue(r.contains("error: <font> is not allowed in pages and would be removed"), r);
        assertTrue(report("<a href=\"javascript:alert(1)\">x</a>\n").contains("attribute 'href' on <a>"));
        assertEquals("", report("Un <span class=\"k\" lang=\"en\">mot</span>, <abbr title=\"t\">T</abbr>, "
                + "<a href=\"/soins/\">lien</a>, <a href=\"#haut\">haut</a>.\n\n<details><summary>Plus</summary>\n\nTexte.\n\n</details>\n"));
    }

    @Test
    void idsMustNotCollide() {
        String theme = report("<div id=\"tree-data\">x</div>\n");
        assertTrue(theme.startsWith("content/pages/x.md:5:6: error: id 'tree-data' is already used by the theme"), theme);
        String dup = report("<span id=\"a\">x</span>\n\nTexte.\n\n<span id=\"a\">y</span>\n");
        assertTrue(dup.startsWith("content/pages/x.md:9:7: error: duplicate id 'a' (first used on line 5)"), dup);
        String heading = report("## Les traitements\n\nVoir <span id=\"les-traitements\">ici</span>.\n");
        assertTrue(heading.contains("x.md:7:12: error: id 'les-traitements' is also the anchor of the heading 'Les traitements'"), heading);
        assertTrue(report("<span id=\"fn-1\">x</span>\n").contains("id 'fn-1' has the form of a footnote id"));
    }

    @Test
    void yamlFieldsAreReportedAtTheirEntry() {
        Diagnostics d = new Diagnostics();
        MD.check("Texte <style>", MarkdownSource.field(new SourcePosition("content/recommendations.yaml", 12, 5), "rationale"), THEME, d);
        assertEquals("content/recommendations.yaml:12:5: error: in 'rationale': unclosed <style> would hide the rest of the page",
                d.list().get(0).format().lines().findFirst().orElseThrow());
    }

    @Test
    void deepNestingIsReportedBeforeAnyParserSeesIt() {
        String quotes = "Intro.\n\n" + ">".repeat(1000) + " fin\n";
        assertEquals("content/pages/x.md:7:33: error: block quotes nested deeper than 32 levels",
                report(quotes).lines().findFirst().orElseThrow());
        StringBuilder spaced = new StringBuilder();
        for (int i = 0; i < 1000; i++) spaced.append("> ");
        assertTrue(report(spaced + "x\n").startsWith("content/pages/x.md:5:65: error: block quotes nested deeper"));
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 1000; i++) list.append("  ".repeat(i)).append("- item\n");
        assertTrue(report(list.toString()).startsWith("content/pages/x.md:37:"), report(list.toString()));
        assertTrue(report("<div>".repeat(1000) + "x\n").contains("error: HTML elements nested deeper than 32 levels"));
        // Rendering such text never recurses either.
        assertTrue(MD.render(quotes).startsWith("<p>Intro."));
        assertTrue(MD.render(list.toString()).startsWith("<p>"));
    }

    @Test
    void ordinaryNestingPasses() {
        assertEquals("", report("> citation\n>\n> > imbriquée\n\n- a\n  - b\n    - c\n      1. d\n\n```\n"
                + ">>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>\n```\n\n`<div><div>` en code\n"));
    }
}
