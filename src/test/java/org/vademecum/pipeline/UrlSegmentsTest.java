package org.vademecum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vademecum.diag.ContentErrors;
import org.vademecum.model.UrlSegments;
import org.vademecum.output.OutputFile;
import org.vademecum.testing.Fixtures;

/**
 * Issue 11: the folders of the generated pages come from {@code urls:} in site.yaml. With every one renamed, the
 * pages land there, and every link the site makes (navigation, footer, home tiles, cards, search results, tree
 * links, kit, service worker, sitemap) follows; nothing points at the default French folders any more.
 */
class UrlSegmentsTest {
    @TempDir Path dir;

    static final Map<String, String> ENGLISH = new LinkedHashMap<>();

    static {
        ENGLISH.put("recommendations", "recommendations");
        ENGLISH.put("risk_factors", "risk-factors");
        ENGLISH.put("sequences", "treatment-sequences");
        ENGLISH.put("glossary", "glossary");
        ENGLISH.put("bibliography", "references");
        ENGLISH.put("trees", "decision-trees");
        ENGLISH.put("about", "about");
        ENGLISH.put("search", "search");
        ENGLISH.put("kit", "world-day");
        ENGLISH.put("offline", "offline");
    }

    @Test
    void renamedFoldersReceiveThePagesAndEveryLink() throws IOException {
        Path project = golden();
        StringBuilder urls = new StringBuilder("urls:\n");
        ENGLISH.forEach((key, segment) -> urls.append("  ").append(key).append(": ").append(segment).append('\n'));
        Files.writeString(project.resolve("content/site.yaml"), urls, java.nio.file.StandardOpenOption.APPEND);
        // What the author writes (navigation, Markdown links) names the new folders too.
        rewriteAuthorLinks(project);

        // The link checker runs in the build: a link to a folder that is not built fails it.
        Map<String, String> site = texts(SitePipeline.build(BuildOptions.of(project)));

        for (String key : ENGLISH.keySet()) {
            String old = UrlSegments.DEFAULTS.get(key);
            if (old.equals(ENGLISH.get(key))) continue;
            assertFalse(site.keySet().stream().anyMatch(p -> p.startsWith(old + "/")), old + "/ is still built");
        }
        for (String built : List.of("recommendations", "risk-factors", "treatment-sequences", "glossary", "references",
                "decision-trees", "about", "search", "world-day", "offline")) {
            assertTrue(site.containsKey(built + "/index.html"), built + "/ has no page");
        }
        // No link, form, sitemap entry, precached address or search result names an old folder.
        site.forEach((path, file) -> {
            if (!path.endsWith(".html") && !path.equals("sitemap.xml") && !path.equals("sw.js")
                    && !path.startsWith("search/")) return;
            String text = path.equals("sw.js") ? file.replaceAll("//[^\n]*", "") : file; // its comments are not addresses
            for (String key : ENGLISH.keySet()) {
                String old = UrlSegments.DEFAULTS.get(key);
                if (old.equals(ENGLISH.get(key)) || old.equals("sequences")) continue;
                assertFalse(text.contains("/" + old + "/") || text.contains("\"" + old + "/")
                        || text.contains("../" + old + "/"), path + " names " + old + "/");
            }
        });
        Document home = Jsoup.parse(site.get("index.html"));
        assertTrue(home.select("a.tile").eachAttr("href").contains("recommendations/"), "home tiles");
        assertTrue(home.select("a[href^=decision-trees/]").size() > 0, "home links to the trees");
        assertEquals("search/", home.selectFirst("form.site-search").attr("action"), "search form");
        Document page = Jsoup.parse(site.get("soins/index.html"));
        List<String> footer = page.select("footer.site-footer nav a").eachAttr("href");
        assertEquals("../about/", footer.get(0), "footer: about");
        assertTrue(footer.contains("../references/"), "footer: bibliography " + footer);
        assertTrue(site.entrySet().stream().anyMatch(e -> e.getKey().startsWith("search/") && e.getValue().contains("\"/recommendations/#")),
                "search results open the new folders");
        assertTrue(site.get("sitemap.xml").contains("https://example.org/guide/decision-trees/"), "sitemap");
        assertTrue(site.get("sw.js").contains("'offline/'") || site.get("sw.js").contains("\"offline/\""), "offline page");
        Document trees = Jsoup.parse(site.get("decision-trees/index.html"));
        assertFalse(trees.select("main a[href]").isEmpty(), "trees index lists its trees");
        for (String href : trees.select("main a[href]").eachAttr("href")) {
            if (href.startsWith("..")) continue;
            assertTrue(site.containsKey("decision-trees/" + href + "index.html"), "tree link " + href);
        }
    }

    @Test
    void badFolderNamesAreReportedWhereTheyAreWritten() throws IOException {
        Path project = golden();
        Files.writeString(project.resolve("content/site.yaml"), "urls:\n  glossary: Glossary\n  about: recommandations\n"
                + "  search: soins\n  colour: rouge\n", java.nio.file.StandardOpenOption.APPEND);
        ContentErrors errors = assertThrows(ContentErrors.class, () -> SitePipeline.build(BuildOptions.of(project)));
        String report = errors.report();
        assertTrue(report.contains("content/site.yaml:17:13: error: urls.glossary 'Glossary' is not a folder name"), report);
        assertTrue(report.contains("content/site.yaml:18:10: error: urls.about 'recommandations' is already the folder of recommendations"), report);
        assertTrue(report.contains("unknown key 'colour' in urls"), report);
        assertTrue(report.contains("error: page address /soins/ is reserved for a generated page"), report);
        assertTrue(report.contains("urls: search: … in content/site.yaml"), report);
    }

    private Path golden() {
        Path project = dir.resolve("site");
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        return project;
    }

    private static void rewriteAuthorLinks(Path project) throws IOException {
        try (Stream<Path> files = Files.walk(project.resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                String changed = text;
                for (String key : ENGLISH.keySet()) {
                    changed = changed.replace("/" + UrlSegments.DEFAULTS.get(key) + "/", "/" + ENGLISH.get(key) + "/");
                }
                if (!changed.equals(text)) Files.writeString(file, changed);
            }
        }
    }

    private static Map<String, String> texts(org.vademecum.pipeline.BuiltSite site) {
        Map<String, String> out = new TreeMap<>();
        for (OutputFile f : site.files()) out.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8));
        return out;
    }
}
