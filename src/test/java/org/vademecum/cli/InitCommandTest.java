package org.vademecum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
