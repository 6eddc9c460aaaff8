package org.vademecum.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vademecum.diag.ContentErrors;
import org.vademecum.output.OutputFile;
import org.vademecum.render.Theme;
import org.vademecum.testing.Fixtures;

/**
 * Issue 11, item 2: a project's {@code templates/} overrides the packaged theme one file at a time (template,
 * partial, asset) and its strings one key at a time; everything else comes from the packaged theme. Unknown and
 * missing string keys are errors at their position.
 */
class ThemeLayersTest {
    @TempDir Path dir;
    Path project;

    @BeforeEach
    void copyGoldenProject() {
        project = dir.resolve("projet");
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
    }

    @Test
    void oneTemplateOverridesItsPackagedFileAndImportsThePackagedLayout() throws IOException {
        Map<String, byte[]> before = bytes(build());
        write("templates/not-found.ftlh", """
                <#import "base.ftlh" as base>
                <@base.layout><p id="introuvable">${t["notFound.title"]}, dit le projet</p></@base.layout>
                """);
        Map<String, byte[]> after = bytes(build());

        var notFound = Jsoup.parse(text(after, "404.html"));
        assertEquals("Page introuvable, dit le projet", notFound.select("#introuvable").text());
        assertEquals(1, notFound.select("header.site-header").size(), "the packaged layout around the project's template");
        before.forEach((path, b) -> {
            if (!path.equals("404.html") && !path.equals("sw.js")) {
                assertArrayEquals(b, after.get(path), path + " changed, but only the 404 template is overridden");
            }
        });
    }

    @Test
    void packagedTemplatesImportTheProjectsLayoutWhenItOverridesIt() throws IOException {
        String base = new String(Files.readAllBytes(Theme.packagedRoot().resolve("base.ftlh")), StandardCharsets.UTF_8);
        write("templates/base.ftlh", base.replace("<meta charset=\"utf-8\">",
                "<meta charset=\"utf-8\">\n<meta name=\"x-layout\" content=\"projet\">"));
        Map<String, String> site = texts(build());
        for (String page : new String[] {"404.html", "glossaire/index.html", "soins/eau/index.html", "arbres/essai/index.html"}) {
            assertEquals("projet", Jsoup.parse(site.get(page)).select("meta[name=x-layout]").attr("content"), page);
        }
    }

    @Test
    void oneAssetOverridesItsPackagedFileAndANewOneIsAdded() throws IOException {
        Map<String, byte[]> before = bytes(build());
        write("templates/assets/print.css", "body { color: black; }\n");
        write("templates/assets/icons/extra.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        Map<String, byte[]> after = bytes(build());

        assertEquals("body { color: black; }\n", text(after, "assets/print.css"));
        assertTrue(after.containsKey("assets/icons/extra.svg"), "a project asset the packaged theme lacks is copied too");
        before.keySet().stream().filter(p -> p.startsWith("assets/") && !p.equals("assets/print.css"))
                .forEach(p -> assertArrayEquals(before.get(p), after.get(p), p + " should come from the packaged theme"));
    }

    @Test
    void oneStringKeyOverridesItsPackagedStringOnly() throws IOException {
        write("templates/strings/fr.yaml", "search:\n  placeholder: Cherchez ici\n");
        Map<String, String> site = texts(build());
        var home = Jsoup.parse(site.get("index.html"));
        assertEquals("Cherchez ici", home.select("input#q").attr("placeholder"));
        assertEquals("Rechercher dans le guide", home.select("label[for=q]").text(), "the other keys from the packaged theme");
    }

    @Test
    void siteYamlRewordsAStringForThisGuideOverTheProjectsTheme() throws IOException {
        write("templates/strings/fr.yaml", "search.placeholder: Du thème\nglossary.title: Lexique\n");
        Files.writeString(project.resolve("content/site.yaml"), Files.readString(project.resolve("content/site.yaml"))
                + "strings:\n  search.placeholder: Du guide\n");
        var glossary = Jsoup.parse(texts(build()).get("glossaire/index.html"));
        assertEquals("Du guide", glossary.select("input#q").attr("placeholder"));
        assertEquals("Lexique", glossary.select("h1").text());
    }

    @Test
    void anUnknownKeyInAProjectStringsFileIsAnErrorAtItsPositionWithASuggestion() throws IOException {
        write("templates/strings/fr.yaml", "search:\n  placeholder: Cherchez\n  palceholder: Cherchez\n");
        Files.writeString(project.resolve("content/site.yaml"), Files.readString(project.resolve("content/site.yaml"))
                + "strings:\n  glossary.titel: Lexique\n");
        String report = errors();
        assertTrue(report.contains("templates/strings/fr.yaml:3:3: error: unknown interface string 'search.palceholder'\n"
                + "    hint: did you mean 'search.placeholder'?"), report);
        int line = Files.readString(project.resolve("content/site.yaml")).split("\n").length;
        assertTrue(report.contains("content/site.yaml:" + line + ":3: error: unknown interface string 'glossary.titel'\n"
                + "    hint: did you mean 'glossary.title'?"), report);
    }

    @Test
    void aMissingKeyInATemplateIsAnErrorAtTheTemplatesLine() throws IOException {
        write("templates/glossary.ftlh", """
                <#import "base.ftlh" as base>
                <@base.layout>
                  <h1>${t["glossary.titel"]}</h1>
                </@base.layout>
                """);
        String report = errors();
        assertTrue(report.contains("templates/glossary.ftlh:3:9: error: unknown interface string 'glossary.titel'\n"
                + "    hint: did you mean 'glossary.title'?"), report);
    }

    @Test
    void aKeyBuiltWhileRenderingThatNoFileHasStopsTheRenderWithTheTemplatesLine() throws IOException {
        write("templates/glossary.ftlh", """
                <#import "base.ftlh" as base>
                <#assign part = "titel">
                <@base.layout>
                  <h1>${t["glossary." + part]}</h1>
                </@base.layout>
                """);
        String report = errors();
        assertTrue(report.contains("templates/glossary.ftlh:4:"), report);
        assertTrue(report.contains("error: unknown interface string 'glossary.titel' (while rendering /glossaire/)\n"
                + "    hint: did you mean 'glossary.title'?"), report);
    }

    @Test
    void aLanguageThePackagedThemeLacksMustBeGivenWhole() throws IOException {
        Path site = project.resolve("content/site.yaml");
        Files.writeString(site, Files.readString(site).replace("language: fr", "language: de"));
        write("templates/strings/de.yaml", "search:\n  placeholder: Suchen\n");
        String report = errors();
        assertTrue(report.contains("templates/strings/de.yaml:1:1: error: missing "), report);
        assertTrue(report.contains("interface strings for a language the built-in theme does not have: "), report);

        String french = new String(Files.readAllBytes(Theme.packagedRoot().resolve("strings/fr.yaml")), StandardCharsets.UTF_8);
        write("templates/strings/de.yaml", french.replace("Rechercher dans le guide", "Im Leitfaden suchen"));
        var home = Jsoup.parse(texts(build()).get("index.html"));
        assertEquals("Im Leitfaden suchen", home.select("label[for=q]").text());
    }

    @Test
    void aProjectWithACopyOfTheOlderThemeStillBuilds() throws IOException {
        // Themes copied before the about page's provenance moved to source_notes carry its keys and use them.
        Fixtures.copyTree(Theme.packagedRoot(), project.resolve("templates"));
        Path strings = project.resolve("templates/strings/fr.yaml");
        Files.writeString(strings, Files.readString(strings).replace("  grades: Échelle des grades",
                "  provenance:\n    origin: Ancienne provenance.\n  grades: Échelle des grades"));
        Path about = project.resolve("templates/about.ftlh");
        Files.writeString(about, Files.readString(about).replace("<#list sourceNotes as note>",
                "<p>${t[\"about.provenance.origin\"]}</p>\n    <#list sourceNotes as note>"));
        BuiltSite built = build();
        assertTrue(texts(built).get("a-propos/index.html").contains("<p>Ancienne provenance.</p>"));
        assertTrue(built.warningReport().contains("interface string 'about.provenance.origin' is no longer used"),
                built.warningReport());
    }

    @Test
    void errorsNameTheLayerAFileComesFrom() throws IOException {
        write("templates/page.ftlh", "x");
        Theme theme = Theme.forProject(project);
        assertEquals("templates/page.ftlh", theme.displayName("page.ftlh"));
        assertEquals("(built-in theme)/base.ftlh", theme.displayName("base.ftlh"));
        assertEquals("(built-in theme)/base.ftlh", Theme.forProject(dir.resolve("nothing")).displayName("base.ftlh"));
    }

    @Test
    void javaCodeAskingForAMissingStringFails() {
        var strings = org.vademecum.render.InterfaceStrings.load(Theme.forProject(project), "fr", java.util.List.of(),
                new org.vademecum.diag.Diagnostics());
        assertEquals("Glossaire", strings.get("glossary.title"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> strings.get("glossary.titel"));
        assertTrue(e.getMessage().contains("did you mean 'glossary.title'?"), e.getMessage());
    }

    @Test
    void rawHtmlIdsInContentAreCheckedAgainstTheProjectsTemplatesToo() throws IOException {
        write("templates/glossary.ftlh", """
                <#import "base.ftlh" as base>
                <@base.layout><p id="propre-au-projet">${t["glossary.title"]}</p></@base.layout>
                """);
        Path page = project.resolve("content/pages/soins/eau.md");
        Files.writeString(page, Files.readString(page) + "\n<span id=\"propre-au-projet\">x</span>\n");
        String report = errors();
        assertTrue(report.contains("propre-au-projet"), report);
    }

    private void write(String relative, String text) throws IOException {
        Path p = project.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private BuiltSite build() {
        return SitePipeline.build(BuildOptions.of(project));
    }

    private String errors() {
        return assertThrows(ContentErrors.class, this::build).report();
    }

    private static Map<String, byte[]> bytes(BuiltSite built) {
        Map<String, byte[]> out = new TreeMap<>();
        for (OutputFile f : built.files()) out.put(f.path(), f.bytes());
        return out;
    }

    private static Map<String, String> texts(BuiltSite built) {
        Map<String, String> out = new TreeMap<>();
        for (OutputFile f : built.files()) out.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8));
        return out;
    }

    private static String text(Map<String, byte[]> files, String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }
}
