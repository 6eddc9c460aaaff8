package org.vademecum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vademecum.testing.Fixtures;

/**
 * Files that are not what they seem, made at test time (FIFOs, links, folders named like files, oversized files,
 * stray files): each is a positioned error (or a warning), exit 1 (or 0), at once, and never a stack trace.
 */
class ContentFilesCliTest {
    private static final Duration FAST = Duration.ofSeconds(20);

    @TempDir Path dir;
    Path project;

    record Run(int code, String out, String err) {}

    @BeforeEach
    void goldenSite() {
        project = dir.resolve("project");
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
    }

    /** Runs the command line; author mistakes must fail fast, whatever the file (never block on a FIFO). */
    private Run run(String... args) {
        return assertTimeoutPreemptively(FAST, () -> runUntimed(args));
    }

    private static Run runUntimed(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Run check(String... extra) {
        String[] args = new String[2 + extra.length + 1];
        args[0] = "check";
        System.arraycopy(extra, 0, args, 1, extra.length);
        args[1 + extra.length] = "--project";
        args[2 + extra.length] = project.toString();
        return run(args);
    }

    private static void assertAuthorError(Run r, String line) {
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().contains(line), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("Error:"), r.err());
    }

    @Test
    void aFifoIsRefusedWithoutOpeningIt() throws Exception {
        Path fifo = project.resolve("content/pages/soins/tuyau.md");
        Path siteFifo = project.resolve("content/glossary.yaml");
        Files.delete(siteFifo);
        for (Path p : new Path[] {fifo, siteFifo}) {
            Process mk;
            try {
                mk = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
            } catch (IOException e) {
                assumeTrue(false, "mkfifo is not available");
                return;
            }
            assumeTrue(mk.waitFor() == 0, "mkfifo failed");
        }
        Run r = check();
        assertAuthorError(r, "content/pages/soins/tuyau.md:1:1: error: content/pages/soins/tuyau.md is a special file"
                + " (FIFO, device or socket), not a file");
        assertTrue(r.err().contains("content/glossary.yaml:1:1: error: content/glossary.yaml is a special file"), r.err());
    }

    @Test
    void aFolderWhereAFileShouldBeIsAnError() throws IOException {
        Files.delete(project.resolve("content/glossary.yaml"));
        Files.createDirectories(project.resolve("content/glossary.yaml"));
        Files.createDirectories(project.resolve("content/pages/soins/dossier.md"));
        Run r = check();
        assertAuthorError(r, "content/glossary.yaml:1:1: error: content/glossary.yaml is a folder, not a file");
        assertTrue(r.err().contains("content/pages/soins/dossier.md:1:1: error: content/pages/soins/dossier.md is a folder"), r.err());
    }

    @Test
    void linksToDevZeroAndOutsideTheProjectAreErrors() throws IOException {
        Path outside = dir.resolve("secret.md");
        Files.writeString(outside, "---\ntitle: Secret\n---\nSecret.\n");
        Files.createSymbolicLink(project.resolve("content/pages/soins/zero.md"), Path.of("/dev/zero"));
        Files.delete(project.resolve("content/bibliography.yaml"));
        Files.createSymbolicLink(project.resolve("content/bibliography.yaml"), Path.of("/dev/zero"));
        Files.createSymbolicLink(project.resolve("content/pages/soins/secret.md"), outside);
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(project.resolve("content/pages/ailleurs"), dir.resolve("elsewhere"));
        Run r = check();
        assertAuthorError(r, "content/pages/soins/zero.md:1:1: error: content/pages/soins/zero.md is a link to /dev/zero, outside the project");
        assertTrue(r.err().contains("content/bibliography.yaml:1:1: error: content/bibliography.yaml is a link to /dev/zero, outside the project"), r.err());
        assertTrue(r.err().contains("content/pages/soins/secret.md:1:1: error: content/pages/soins/secret.md is a link to "), r.err());
        assertTrue(r.err().contains("content/pages/ailleurs:1:1: error: content/pages/ailleurs is a link to "), r.err());
        assertTrue(r.err().contains("hint: copy what it points at into the project instead of linking to it"), r.err());
    }

    @Test
    void aLinkedFolderInsideTheProjectIsFollowed() throws IOException {
        Path extra = project.resolve("extra/conseils");
        Files.createDirectories(extra);
        Files.writeString(extra.resolve("_index.md"), "---\ntitle: Conseils\n---\nDes conseils.\n");
        Files.createSymbolicLink(project.resolve("content/pages/conseils"), extra);
        Run r = run("build", "--project", project.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(project.resolve("site/conseils/index.html")));
    }

    @Test
    void aFileOverTheLimitFailsAtOnce() throws IOException {
        Path big = project.resolve("content/pages/soins/enorme.md");
        byte[] body = new byte[512 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) 'a');
        Files.write(big, body);
        Path bigYaml = project.resolve("content/glossary.yaml");
        Files.write(bigYaml, new byte[1024 * 1024 + 1]);
        Run r = check();
        assertAuthorError(r, "content/pages/soins/enorme.md:1:1: error: file is too large (513 KB; at most 512 KB)");
        assertTrue(r.err().contains("content/glossary.yaml:1:1: error: file is too large (1025 KB; at most 1 MB)"), r.err());
    }

    @Test
    void unknownFilesAreWarningsThatOnlyStrictChecksFailOn() throws IOException {
        Files.writeString(project.resolve("content/notes.txt"), "à faire\n");
        Files.createDirectories(project.resolve("content/trees"));
        Files.writeString(project.resolve("content/trees/brouillon.yml"), "title: x\n");
        Files.writeString(project.resolve("content/.DS_Store"), "ignored\n");
        Run plain = check();
        assertEquals(0, plain.code(), plain.err());
        assertTrue(plain.err().contains("content/notes.txt:1:1: warning: content/notes.txt is not read by the build"), plain.err());
        assertTrue(plain.err().contains("content/trees/brouillon.yml:1:1: warning: content/trees/brouillon.yml"
                + " is not read by the build\n    hint: rename it to brouillon.yaml"), plain.err());
        assertFalse(plain.err().contains(".DS_Store"), plain.err());
        assertTrue(plain.out().contains("no errors, 3 warnings"), plain.out());

        Run strict = check("--strict");
        assertEquals(1, strict.code());
        assertTrue(strict.err().contains("--strict treats warnings as errors"), strict.err());

        Run build = run("build", "--project", project.toString());
        assertEquals(0, build.code(), build.err());
        assertTrue(build.err().contains("warning: content/notes.txt is not read by the build"), build.err());
    }

    @Test
    void theRealContentChecksWithOnlyThePlaceholderWarning() {
        // One run (the real guide is slow to build on a loaded machine): --strict fails on that one warning only.
        Run strict = runUntimed("check", "--strict", "--project", Fixtures.repo().toString());
        assertEquals(1, strict.code(), strict.err());
        int line = baseUrlLine(Fixtures.repo().resolve("content/site.yaml"));
        assertEquals("content/site.yaml:" + line + ":11: warning: base_url 'https://vademecum.example.org/'"
                + " is a placeholder; it ends up in QR codes, the sitemap and canonical links\n"
                + "    hint: set the address where the site will be published\n1 warning\n"
                + "failed: --strict treats warnings as errors\n", strict.err());
    }

    /** The line of {@code base_url:} in the real site.yaml, so a comment added above it does not break the test. */
    private static int baseUrlLine(Path siteYaml) {
        try {
            java.util.List<String> lines = Files.readAllLines(siteYaml);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("base_url:")) return i + 1;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("content/site.yaml has no base_url line");
    }
}
