package org.vademecum.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which --out folders a build may replace, decided on real paths ({@code ..} and symbolic links resolved). */
class OutputFolderTest {
    @TempDir Path dir;
    Path home;
    Path project;

    @BeforeEach
    void project() throws IOException {
        home = Files.createDirectories(dir.resolve("home/ana"));
        project = Files.createDirectories(dir.resolve("work/guide"));
        Files.createDirectories(project.resolve("content/pages"));
        Files.createDirectories(project.resolve("templates"));
        Files.createDirectories(project.resolve(".git"));
    }

    String refusal(Path out) {
        OutputFolderException e = assertThrows(OutputFolderException.class, () -> OutputFolder.check(project, out, home));
        assertTrue(e.getMessage().startsWith("error: --out " + out + ": "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; refusing to write the site there"), e.getMessage());
        return e.getMessage().substring(("error: --out " + out + ": ").length()).replace("; refusing to write the site there", "");
    }

    @Test
    void theProjectItsOwnFoldersTheHomeAndTheRootAreRefused() {
        assertEquals("is the project folder", refusal(project));
        assertEquals("is the project folder", refusal(project.resolve("content/..")));
        assertEquals("is the project folder", refusal(project.resolve(".")));
        assertEquals("contains the project folder", refusal(project.resolve("..")));
        assertEquals("is your home folder", refusal(home));
        assertEquals("contains your home folder", refusal(dir.resolve("home")));
        assertEquals("is the root folder", refusal(Path.of("/")));
        assertEquals("is the project's content/ folder", refusal(project.resolve("content")));
        assertEquals("is inside the project's content/ folder", refusal(project.resolve("content/pages")));
        assertEquals("is inside the project's content/ folder", refusal(project.resolve("site/../content/new")));
        assertEquals("is the project's templates/ folder", refusal(project.resolve("templates")));
        assertEquals("is the project's .git/ folder", refusal(project.resolve(".git")));
    }

    @Test
    void symbolicLinksAreResolvedBeforeChecking() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link"), project);
        assertEquals("is the project folder", refusal(link));
        assertEquals("is the project's content/ folder", refusal(link.resolve("content")));
        Path elsewhere = Files.createDirectories(dir.resolve("shared/content"));
        Files.delete(project.resolve("content/pages"));
        Files.delete(project.resolve("content"));
        Files.createSymbolicLink(project.resolve("content"), elsewhere);
        assertEquals("contains the project's content/ folder", refusal(dir.resolve("shared")));
        assertEquals("is a broken symbolic link", refusal(Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("none"))));
    }

    @Test
    void aFileOrAFolderWithSomeoneElsesFilesIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        assertEquals("is a file, not a folder", refusal(file));
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("notes.txt"), "mine");
        assertEquals("is a folder with files Vademecum did not write (no .vademecum-site in it)", refusal(notes));
    }

    @Test
    void aNewAnEmptyOrAPreviousSiteFolderIsAccepted() throws IOException {
        OutputFolder site = OutputFolder.check(project, project.resolve("site"), home);
        assertEquals(project.toRealPath().resolve("site"), site.target());
        assertFalse(site.inPlace());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(empty.toRealPath(), OutputFolder.check(project, empty, home).target());
        Path pages = Files.createDirectories(dir.resolve("gh-pages"));
        Files.createDirectories(pages.resolve(".git"));
        Files.writeString(pages.resolve("CNAME"), "guide.example.org\n");
        OutputFolder.check(project, pages, home); // only what a build would carry over: nothing is lost
        Path previous = Files.createDirectories(dir.resolve("previous"));
        Files.writeString(previous.resolve("index.html"), "<p>old</p>");
        Files.writeString(previous.resolve(SiteMarker.NAME), SiteMarker.HEADER + "\nindex.html\n");
        OutputFolder.check(project, previous, home);
        Path version01 = Files.createDirectories(dir.resolve("v0.1"));
        Files.writeString(version01.resolve("index.html"), "<p>old</p>");
        Files.writeString(version01.resolve("sw.js"), "/*\n * Vademecum service worker, written by the build (org.vademecum.offline.ServiceWorker): do not edit sw.js.\n");
        OutputFolder.check(project, version01, home);
    }

    @Test
    void aSymbolicLinkToAFolderTargetsTheFolderItPointsTo() throws IOException {
        Path real = Files.createDirectories(dir.resolve("www/guide"));
        Path link = Files.createSymbolicLink(project.resolve("public"), real);
        assertEquals(real.toRealPath(), OutputFolder.check(project, link, home).target());
    }
}
