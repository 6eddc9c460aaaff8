package org.vademecum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vademecum.testing.Fixtures;

/** Exit codes and messages when something other than the content goes wrong, and the encoding of the output. */
class MainExitTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    /** Runs the real command line with commands that fail the ways a bug can, added for the test. */
    static Run run(String... args) {
        List<Command> commands = new ArrayList<>(Main.commands());
        commands.add(new Failing("overflow", () -> deeper(0)));
        commands.add(new Failing("fail", () -> {
            throw new IllegalStateException("broken\nsecond line");
        }));
        commands.add(new Failing("oom", () -> {
            throw new OutOfMemoryError("Java heap space");
        }));
        commands.add(new Failing("parallel", () -> {
            IntStream.range(0, 10_000).parallel().forEach(i -> {
                if (i == 5_000) throw new IllegalArgumentException("in a worker");
            });
            return Main.OK;
        }));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(commands, args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** A command that takes the project options and fails as {@code body} does. */
    record Failing(String name, java.util.function.IntSupplier body) implements Command {
        @Override
        public Spec spec() {
            return new Spec(name, "Fails, for the test.", ProjectOptions.PROJECT, ProjectOptions.VERBOSE);
        }

        @Override
        public int run(Arguments args, PrintWriter out, PrintWriter err) {
            return body.getAsInt();
        }
    }

    static int deeper(int depth) {
        return deeper(depth + 1) + 1;
    }

    static void assertOneLineAndAHint(Run r, String firstLine) {
        List<String> lines = r.err().lines().toList();
        assertEquals(2, lines.size(), r.err());
        assertEquals(firstLine, lines.get(0));
        assertTrue(lines.get(1).startsWith("    hint: "), r.err());
        assertFalse(r.err().contains("at org."), r.err());
    }

    @Test
    void aStackOverflowExitsWithThreeAndOneLine() {
        Run r = run("overflow");
        assertEquals(Main.INTERNAL, r.code());
        assertOneLineAndAHint(r, "internal error: StackOverflowError");
    }

    @Test
    void withVerboseTheStackTraceFollows() {
        Run r = run("overflow", "--verbose");
        assertEquals(Main.INTERNAL, r.code());
        assertTrue(r.err().startsWith("internal error: StackOverflowError\njava.lang.StackOverflowError"), r.err().substring(0, 200));
        assertTrue(r.err().contains("\tat org.vademecum.cli.MainExitTest.deeper"), r.err().substring(0, 500));

        Run fail = run("fail", "--verbose");
        assertTrue(fail.err().contains("\tat org.vademecum.cli.MainExitTest.lambda$run$"), fail.err());
    }

    @Test
    void otherFailuresToo() {
        Run fail = run("fail");
        assertEquals(Main.INTERNAL, fail.code());
        assertOneLineAndAHint(fail, "internal error: IllegalStateException: broken");

        Run oom = run("oom");
        assertEquals(Main.INTERNAL, oom.code());
        assertOneLineAndAHint(oom, "internal error: OutOfMemoryError: Java heap space");
        assertTrue(oom.err().contains("-Xmx"), oom.err());

        Run parallel = run("parallel");
        assertEquals(Main.INTERNAL, parallel.code());
        assertOneLineAndAHint(parallel, "internal error: IllegalArgumentException: in a worker");
    }

    @Test
    void aPortInUseIsAUsageErrorWithAHint() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Run r = run("serve", "--project", Fixtures.fixture("golden/site").toString(), "--port", String.valueOf(port));
            assertEquals(Main.USAGE, r.code(), r.err());
            assertEquals("error: port " + port + " is already in use\n    hint: pass --port N (e.g. --port " + (port + 1) + ")\n",
                    r.err());
        }
        Run outOfRange = run("serve", "--project", Fixtures.fixture("golden/site").toString(), "--port", "70000");
        assertEquals(Main.USAGE, outOfRange.code());
        assertTrue(outOfRange.err().startsWith("error: --port 70000 is not a port number\n"), outOfRange.err());
    }

    /** A project whose one error message quotes accented text. */
    Path projectWithAnAccentedError() throws IOException {
        Path project = dir.resolve("projet");
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        Path page = project.resolve("content/pages/soins/eau.md");
        Files.writeString(page, Files.readString(page).replace("order: 2", "order: 2\nrésumé: déjà"));
        return project;
    }

    @Test
    void messagesAreWrittenAsUtf8() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"check", "--project", projectWithAnAccentedError().toString()},
                Main.utf8(out), Main.utf8(err));
        assertEquals(Main.CONTENT_ERRORS, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown key 'résumé'"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void messagesAreUtf8EvenUnderAnAsciiLocale() throws Exception {
        Path project = projectWithAnAccentedError();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Dfile.encoding=ANSI_X3.4-1968",
                "-Dsun.stdout.encoding=ANSI_X3.4-1968", "-Dsun.stderr.encoding=ANSI_X3.4-1968",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "check", "--project", project.toString());
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LANG", "C");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String text = new String(err, StandardCharsets.UTF_8);
        assertEquals(Main.CONTENT_ERRORS, p.exitValue(), text);
        assertTrue(text.contains("unknown key 'résumé'"), text);
    }
}
