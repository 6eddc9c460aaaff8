package org.vademecum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vademecum.cli.CliTest.run;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line as an author types it: both option forms, in any order, and a clear error for each slip. */
class ArgumentsTest {
    @Test
    void optionsTakeTheirValueAfterASpaceOrAnEqualsSignInAnyOrder() throws UsageException {
        Command decide = new DecideCommand();
        Arguments a = Arguments.parse(decide.spec(), List.of("--set", "a=1", "arbre", "--json", "--set=b=2", "--project=guide"));
        assertEquals("arbre", a.parameter(0));
        assertEquals(List.of("a=1", "b=2"), a.values(DecideCommand.SET));
        assertTrue(a.has(DecideCommand.JSON));
        assertEquals(Path.of("guide"), a.path(DecideCommand.PROJECT, Path.of(".")));
        Arguments dashes = Arguments.parse(decide.spec(), List.of("--", "--arbre"));
        assertEquals("--arbre", dashes.parameter(0), "after --, a word that starts with - is a parameter");
    }

    @Test
    void eachSlipIsAUsageErrorThatSaysWhatToType() {
        assertError(run("build", "--projet", "guide"), "error: unknown option '--projet' for build", "did you mean --project?");
        assertError(run("buidl"), "error: unknown command 'buidl'", "did you mean vademecum build?");
        assertError(run("build", "--out"), "error: --out needs a value", "write --out DIR");
        assertError(run("build", "--out", "a", "--out", "b"), "error: --out is given twice", "keep one --out");
        assertError(run("check", "--strict=yes"), "error: --strict takes no value", "write --strict alone");
        assertError(run("build", "guide"), "error: unexpected argument 'guide' for build",
                "build takes options only (see vademecum build --help)");
        assertError(run("decide"), "error: decide needs TREE: Tree id (file name in content/trees/, without .yaml).",
                "vademecum decide TREE");
        assertError(run("serve", "--port", "huit"), "error: --port expects a whole number, not 'huit'", "e.g. --port 8000");
        assertError(run("--out", "x"), "error: unknown option '--out'",
                "options come after the command: vademecum build --out (commands: init, build, check, serve, decide)");
    }

    static void assertError(CliTest.Run r, String error, String hint) {
        assertEquals(Main.USAGE, r.code(), r.err());
        assertEquals(error + "\n    hint: " + hint + "\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void everyCommandHasItsHelpAndTheVersionEverywhere() {
        for (Command c : Main.commands()) {
            CliTest.Run help = run(c.spec().name(), "--help");
            assertEquals(0, help.code(), help.err());
            assertTrue(help.out().startsWith("Usage: vademecum " + c.spec().name() + " [OPTIONS]"), help.out());
            for (Option o : c.spec().options()) assertTrue(help.out().contains(o.synopsis() + "   "), o.name() + " in " + help.out());
            assertEquals(help.out(), run("help", c.spec().name()).out());
            assertEquals(help.out(), run(c.spec().name(), "-h").out());
        }
        // --help wins over a missing parameter; the version is printed from any command
        assertEquals(0, run("decide", "--help").code());
        CliTest.Run version = run("build", "--version");
        assertEquals(0, version.code());
        assertTrue(version.out().matches("vademecum \\S+\\n"), version.out());
        CliTest.Run top = run("--help");
        for (Command c : Main.commands()) assertTrue(top.out().contains("\n  " + c.spec().name() + " "), c.spec().name() + " in " + top.out());
    }
}
