package org.vademecum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init} gives a newcomer a project that builds and checks at once, and never overwrites a folder. */
class InitCommandTest {
    @TempDir Path dir;

    private static int run(StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    @Test
    void aNewProjectBuildsAndChecksWithATreeAndARecommendationCard() throws IOException {
        Path project = dir.resolve("mon-guide");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "init", project.toString()), err.toString());
        assertEquals(0, run(err, "check", "--project", project.toString()), err.toString());
        assertEquals(0, run(err, "build", "--project", project.toString()), err.toString());

        Path site = project.resolve("site");
        Document tree = Jsoup.parse(site.resolve("arbres/exemple-decision/index.html").toFile());
        assertTrue(tree.select("main h1").text().contains("Arbre d’exemple"), tree.select("main h1").text());
        Document page = Jsoup.parse(site.resolve("guide/premiere-page/index.html").toFile());
        assertTrue(page.text().contains("Première recommandation"), "the recommendation card is on the page");
        assertTrue(Files.exists(site.resolve("recommandations/index.html")));
        // the editors' schemas, outside content/ (the build reads content/ only)
        assertTrue(Files.isRegularFile(project.resolve("schemas/tree.schema.json")));
    }

    /**
     * A project kept in git shows only what its authors wrote: after two builds (the second one leaves the previous
     * site as a spare copy), every entry next to content/ and schemas/ is one the project's .gitignore names.
     */
    @Test
    void theProjectIgnoresWhatTheBuildLeavesBesideTheContent() throws IOException {
        Path project = dir.resolve("mon-guide");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "init", project.toString()), err.toString());
        assertEquals(0, run(err, "build", "--project", project.toString()), err.toString());
        assertEquals(0, run(err, "build", "--project", project.toString()), err.toString());

        List<PathMatcher> ignored = Files.readAllLines(project.resolve(".gitignore")).stream()
                .filter(l -> l.startsWith("/"))
                .map(l -> FileSystems.getDefault().getPathMatcher("glob:" + l.substring(1).replaceAll("/$", "")))
                .toList();
        List<String> left;
        try (var entries = Files.list(project)) {
            left = entries.map(Path::getFileName)
                    .filter(name -> ignored.stream().noneMatch(m -> m.matches(name)))
                    .map(Path::toString).sorted().toList();
        }
        assertEquals(List.of(".gitignore", "content", "schemas"), left);
        assertTrue(Files.isDirectory(project.resolve(".site.spare")), "the check saw the spare copy");
    }

    /** {@code --language en}: the same project in English, with English folders and a grade scale of its own. */
    @Test
    void anEnglishProjectBuildsInEnglish() throws IOException {
        Path project = dir.resolve("my-guide");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "init", "--language", "en", project.toString()), err.toString());
        assertEquals(0, run(err, "check", "--project", project.toString()), err.toString());
        assertEquals(0, run(err, "build", "--project", project.toString()), err.toString());

        Path site = project.resolve("site");
        Document tree = Jsoup.parse(site.resolve("decision-trees/example-decision/index.html").toFile());
        assertEquals("en", tree.selectFirst("html").attr("lang"));
        assertTrue(tree.select("main h1").text().contains("Example tree"), tree.select("main h1").text());
        Document page = Jsoup.parse(site.resolve("guide/first-page/index.html").toFile());
        assertTrue(page.select(".grade-badge").eachText().contains("Strong recommendation"), "its own grade scale");
        assertTrue(Files.exists(site.resolve("recommendations/index.html")));
        assertTrue(!page.text().contains("Recommandation"), "no French interface word: " + page.text());
    }

    @Test
    void aLanguageWithoutAStarterIsRefused() {
        Path project = dir.resolve("guide");
        StringWriter err = new StringWriter();
        assertEquals(Main.USAGE, run(err, "init", "--language", "de", project.toString()));
        assertTrue(err.toString().contains("no starter in language 'de'") && err.toString().contains("--language en"), err.toString());
        assertTrue(Files.notExists(project), "nothing written");
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAlone() throws IOException {
        Path project = Files.createDirectories(dir.resolve("existing"));
        Files.writeString(project.resolve("notes.txt"), "mes notes");
        StringWriter err = new StringWriter();
        assertEquals(Main.USAGE, run(err, "init", project.toString()));
        assertTrue(err.toString().contains("already exists and is not empty"), err.toString());
        assertEquals("mes notes", Files.readString(project.resolve("notes.txt")));
        try (var files = Files.list(project)) {
            assertEquals(1, files.count());
        }
    }
}
