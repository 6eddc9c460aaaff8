package org.vademecum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vademecum.cli.CliTest.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vademecum.testing.Fixtures;

/** {@code build --out}: folders that are not the site's alone are refused with exit 2 and left byte for byte. */
class BuildOutputCliTest {
    static final String REFUSED = "; refusing to write the site there";

    @TempDir Path dir;
    Path project;

    @BeforeEach
    void project() throws IOException {
        project = dir.resolve("work/guide");
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        Files.createDirectories(project.resolve(".git"));
        Files.writeString(project.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(project.resolve("notes.txt"), "the user's own notes\n");
    }

    /** Every folder, file and link under {@code root}, with the SHA-256 of each file. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String key = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) out.put(key, "link " + Files.readSymbolicLink(p));
                else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) out.put(key, "folder");
                else out.put(key, sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    void assertRefused(Path out, String why) throws IOException {
        Map<String, String> before = snapshot(dir);
        CliTest.Run r = run("build", "--project", project.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals("error: --out " + out + ": " + why + REFUSED, lines.get(0));
        assertTrue(lines.get(1).startsWith("    hint: "), r.err());
        assertEquals(2, lines.size(), r.err());
        assertEquals(before, snapshot(dir), "a refused build changed files");
    }

    @Test
    void theProjectItsFoldersAndItsParentAreRefusedAndLeftByteForByte() throws IOException {
        assertRefused(project.resolve("."), "is the project folder");
        assertRefused(project.resolve("content"), "is the project's content/ folder");
        assertRefused(project.resolve("content/pages"), "is inside the project's content/ folder");
        assertRefused(project.resolve(".git"), "is the project's .git/ folder");
        assertRefused(project.resolve(".."), "contains the project folder");
    }

    @Test
    void aFileAndAFolderWithAUsersNotesAreRefusedAndLeftByteForByte() throws IOException {
        assertRefused(project.resolve("notes.txt"), "is a file, not a folder");
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("notes.txt"), "keep me\n");
        assertRefused(notes, "is a folder with files Vademecum did not write (no .vademecum-site in it)");
    }

    @Test
    void theHomeFolderIsRefusedAndLeftByteForByte() throws IOException {
        Path home = dir.resolve("work");
        String saved = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            assertRefused(home, "is your home folder");
        } finally {
            System.setProperty("user.home", saved);
        }
    }

    @Test
    void relativeDotAndDotDotAreResolvedFromTheWorkingFolder() throws Exception {
        Map<String, String> before = snapshot(dir);
        for (String[] c : new String[][] {{".", "is the project folder"}, {"..", "contains the project folder"}}) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    "org.vademecum.cli.Main", "build", "--out", c[0])
                    .directory(project.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(2, p.waitFor(), err);
            assertEquals("error: --out " + c[0] + ": " + c[1] + REFUSED, err.lines().findFirst().orElse(""));
        }
        assertEquals(before, snapshot(dir));
    }

    @Test
    void aRebuildOverAPreviousSiteKeepsCnameAndGitAndASymlinkStaysASymlink() throws IOException {
        Path real = dir.resolve("www/guide");
        Files.createDirectories(real);
        Path link = Files.createSymbolicLink(project.resolve("public"), real);
        assertEquals(0, run("build", "--project", project.toString(), "--out", link.toString()).code());
        Files.writeString(real.resolve("CNAME"), "guide.example.org\n");
        Files.createDirectories(real.resolve(".git"));
        Files.writeString(real.resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
        Files.writeString(real.resolve("stale.html"), "listed nowhere, but inside a site: replaced");

        CliTest.Run r = run("build", "--project", project.toString(), "--out", link.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("guide.example.org\n", Files.readString(real.resolve("CNAME")));
        assertEquals("ref: refs/heads/gh-pages\n", Files.readString(real.resolve(".git/HEAD")));
        assertTrue(Files.exists(real.resolve("soins/marche/index.html")));
        assertTrue(Files.notExists(real.resolve("stale.html")));
    }
}
