package org.vademecum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vademecum.testing.Fixtures;

/** The command line as a user meets it: exit codes, messages, and what is (not) written. */
class CliTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void buildWritesTheSiteAndPrintsASummary() {
        Path out = dir.resolve("public");
        Run r = run("build", "--project", Fixtures.fixture("golden/site").toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s)built \\d+ pages \\(\\d+ files\\) into .* in \\d+ ms\\s*"), r.out());
        assertTrue(Files.exists(out.resolve("soins/marche/index.html")));
    }

    @Test
    void contentErrorsExitWithOneListEveryErrorAndLeaveThePreviousSiteUntouched() throws IOException {
        Path project = dir.resolve("project");
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        Path site = project.resolve("site");
        assertEquals(0, run("build", "--project", project.toString()).code());
        Map<String, byte[]> before = Fixtures.readTree(site);

        Fixtures.copyTree(Fixtures.fixture("errors/all-at-once/content"), project.resolve("content"));
        Run r = run("build", "--project", project.toString());

        assertEquals(1, r.code());
        String expected = Files.readString(Fixtures.fixture("errors/all-at-once/expected.txt"));
        assertTrue(r.err().startsWith(expected), r.err());
        assertTrue(r.err().contains("content/glossary.yaml:4:41: error: YAML syntax"));
        assertTrue(r.err().contains("unknown key 'statment' in recommendation"));
        assertTrue(r.err().contains("duplicate recommendation id 'marcher-chaque-jour'"));
        assertTrue(r.err().contains("unknown bibliography reference 'dupont-2021'"));
        assertFalse(r.err().contains("\tat "), "no stack trace for author mistakes");
        Map<String, byte[]> after = Fixtures.readTree(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, after.get(k)), k + " changed"));
        try (var siblings = Files.list(project)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().startsWith(".site.")), "temporary folder left behind");
        }
    }

    @Test
    void checkRunsEverythingAndWritesNothing() {
        Path project = dir.resolve("project");
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        Run r = run("check", "--project", project.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(project.resolve("site")));
        Fixtures.copyTree(Fixtures.fixture("errors/broken-link/content"), project.resolve("content"));
        Run broken = run("check", "--project", project.toString());
        assertEquals(1, broken.code());
        assertTrue(broken.err().contains("broken link '/soins/nulle-part/' on page /soins/eau/"), broken.err());
        // where the page's Markdown writes it: line 6 of the file (the body starts on line 4), column of the target
        assertTrue(broken.err().contains("content/pages/soins/eau.md:6:17: error: broken link '/soins/nulle-part/'"), broken.err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("build", "--no-such-option").code());
        assertEquals(2, run("no-such-command").code());
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.code());
        for (String cmd : new String[] {"build", "check", "serve"}) {
            assertTrue(help.out().contains(cmd), help.out());
            Run sub = run(cmd, "--help");
            assertEquals(0, sub.code());
            assertTrue(sub.out().contains("--project"), sub.out());
        }
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("vademecum "));
    }

    @Test
    void aProjectWithoutTemplatesUsesThePackagedTheme() {
        Path project = dir.resolve("project");
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        assertFalse(Files.exists(project.resolve("templates")));
        assertEquals(0, run("build", "--project", project.toString()).code());
        assertTrue(Files.exists(project.resolve("site/assets/site.css")));
    }
}
