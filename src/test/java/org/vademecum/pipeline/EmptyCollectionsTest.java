package org.vademecum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vademecum.cli.Main;
import org.vademecum.diag.ContentErrors;
import org.vademecum.output.OutputFile;

/**
 * Issue 11: a collection that is empty or absent produces no page, no home tile and no link anywhere (layout,
 * search page, sitemap, service worker, search index); the collections that have items keep theirs.
 */
class EmptyCollectionsTest {
    @TempDir Path dir;

    /** The {@code init} starter has recommendations, a glossary, a bibliography and a tree, but no risk factors and no sequences. */
    @Test
    void theStarterHasNoRiskFactorOrSequencePageAndNoLinkToThem() throws IOException {
        Path project = dir.resolve("starter");
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"init", project.toString()}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true)), err.toString());
        // The link checker runs in the build: a link to a page that is not built would fail it.
        Map<String, String> site = texts(SitePipeline.build(BuildOptions.of(project)));

        for (String absent : List.of("facteurs-de-risque", "sequences")) {
            assertFalse(site.containsKey(absent + "/index.html"), absent + " has a page");
            site.forEach((path, text) -> assertFalse(text.contains(absent),
                    path + " mentions " + absent + " (a link, a sitemap or service worker entry, a search document)"));
        }
        for (String present : List.of("recommandations", "glossaire", "bibliographie", "arbres")) {
            assertTrue(site.containsKey(present + "/index.html"), present + " has no page");
            assertTrue(site.get("sitemap.xml").contains("https://example.org/" + present + "/"), present + " not in the sitemap");
            assertTrue(site.get("sw.js").contains(present + "/"), present + " not precached");
        }
        Document home = Jsoup.parse(site.get("index.html"));
        assertEquals(List.of("recommandations/", "glossaire/", "bibliographie/"),
                home.select("section[aria-labelledby=reference] a.tile").eachAttr("href"), "home tiles");
        Document footer = Jsoup.parse(site.get("guide/premiere-page/index.html"));
        assertEquals(List.of("../../a-propos/", "../../recommandations/", "../../glossaire/", "../../bibliographie/"),
                footer.select("footer.site-footer nav a").eachAttr("href"), "footer links");
    }

    /** Only site.yaml and a home page: no collection page at all, and the home page, layout and search page say nothing of them. */
    @Test
    void aProjectWithoutCollectionsHasNoCollectionPageOrLink() throws IOException {
        Path project = minimalProject("navigation: []\n");
        Files.writeString(project.resolve("content/sequences.yaml"), "sequences: []\n"); // present but empty
        Map<String, String> site = texts(SitePipeline.build(BuildOptions.of(project)));

        for (String absent : List.of("recommandations", "facteurs-de-risque", "sequences", "glossaire", "bibliographie",
                "arbres")) {
            assertFalse(site.containsKey(absent + "/index.html"), absent + " has a page");
            site.forEach((path, text) -> assertFalse(text.contains(absent + "/"), path + " links to " + absent + "/"));
        }
        assertEquals(List.of("https://example.net/", "https://example.net/a-propos/"),
                Jsoup.parse(site.get("sitemap.xml"), "", org.jsoup.parser.Parser.xmlParser()).select("loc").eachText());
        Document home = Jsoup.parse(site.get("index.html"));
        assertTrue(home.select("a.tile").isEmpty(), "no tiles: " + home.select("a.tile"));
        assertTrue(home.select("#reference").isEmpty(), "no empty 'reference' section");
        Document about = Jsoup.parse(site.get("a-propos/index.html"));
        assertTrue(about.select("#references").isEmpty(), "no empty list of references");
    }

    /** A navigation entry to the page of an empty collection is a broken link at that entry, and the hint says why. */
    @Test
    void aNavigationLinkToAnEmptyCollectionIsABrokenLinkWithAHint() throws IOException {
        Path project = minimalProject("navigation:\n  - title: Séquences\n    link: /sequences/\n");
        ContentErrors e = assertThrows(ContentErrors.class, () -> SitePipeline.build(BuildOptions.of(project)));
        String report = e.report();
        assertTrue(report.contains("content/site.yaml:12:"), report);
        assertTrue(report.contains("broken link '/sequences/'"), report);
        assertTrue(report.contains("sequences.yaml is absent or lists no sequence"), report);
    }

    private Path minimalProject(String navigation) throws IOException {
        Path project = dir.resolve("minimal");
        Files.createDirectories(project.resolve("content/pages"));
        Files.writeString(project.resolve("content/site.yaml"), """
                title: "Vide"
                language: fr
                description: "Un guide sans collections."
                base_url: "https://example.net/"
                content_version: "0.1.0"
                review_date: 2026-01-01
                disclaimer: Rien.
                source_document: "Rien"
                """ + "# navigation\n" + navigation, StandardCharsets.UTF_8);
        Files.writeString(project.resolve("content/pages/index.md"), "---\ntitle: Accueil\n---\nBonjour.\n");
        return project;
    }

    private static Map<String, String> texts(BuiltSite built) {
        Map<String, String> out = new TreeMap<>();
        for (OutputFile f : built.files()) out.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8));
        return out;
    }
}
