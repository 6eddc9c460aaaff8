package org.vademecum.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.vademecum.diag.Suggestions;

/**
 * {@code vademecum}: the command line. Each command is a thin shell over {@link org.vademecum.pipeline.SitePipeline}.
 * The arguments are parsed here ({@link Arguments}), not by a command-line framework: the one used before (picocli)
 * spent 0.2 s of every run building its model by reflection, as long as a build of 10 pages takes in all.
 */
public final class Main {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    static final String DESCRIPTION = "Builds a clinical-guidance website from YAML data and Markdown pages.";
    static final List<String> EXIT_CODES = List.of("0:success", "1:content errors (all are printed as path:line:col)",
            "2:usage error", "3:internal error (stack trace with --verbose)");

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, utf8(System.out), utf8(System.err)));
    }

    /** The commands, in the order the help lists them. */
    static List<Command> commands() {
        return List.of(new InitCommand(), new BuildCommand(), new CheckCommand(), new ServeCommand(), new DecideCommand());
    }

    /**
     * A line-flushing UTF-8 writer over {@code stream}, whatever the platform default charset is: under a C/POSIX
     * locale the default is ASCII and French messages would come out as '?'.
     */
    static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /**
     * Runs the command line and returns its exit code; used by tests as well as by {@link #main}. Never throws:
     * anything unexpected, {@link Error}s included, becomes exit 3 and one line on {@code err}.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(commands(), args, out, err);
    }

    /** {@link #run(String[], PrintWriter, PrintWriter)} with given commands (tests add commands that fail). */
    static int run(List<Command> commands, String[] args, PrintWriter out, PrintWriter err) {
        int code;
        try {
            code = dispatch(commands, List.of(args), out, err);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            if (e.hint() != null && !e.hint().isBlank()) err.println("    hint: " + e.hint());
            code = USAGE;
        } catch (Throwable e) {
            code = internalError(e, List.of(args).contains("--verbose"), err);
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int dispatch(List<Command> commands, List<String> args, PrintWriter out, PrintWriter err) throws Exception {
        if (args.isEmpty()) {
            err.print(Help.main(commands));
            throw new UsageException("no command given", "vademecum build, or vademecum --help for the list");
        }
        String first = args.get(0);
        if (Arguments.HELP.contains(first)) {
            out.print(Help.main(commands));
            return OK;
        }
        if (Arguments.VERSION.contains(first)) {
            out.println(version());
            return OK;
        }
        if (first.equals("help")) {
            if (args.size() == 1) out.print(Help.main(commands));
            else out.print(Help.command(find(commands, args.get(1)).spec()));
            return OK;
        }
        Command command = find(commands, first);
        Arguments arguments = Arguments.parse(command.spec(), args.subList(1, args.size()));
        if (arguments.helpRequested()) {
            out.print(Help.command(command.spec()));
            return OK;
        }
        if (arguments.versionRequested()) {
            out.println(version());
            return OK;
        }
        return command.run(arguments, out, err);
    }

    private static Command find(List<Command> commands, String name) throws UsageException {
        Optional<Command> found = commands.stream().filter(c -> c.spec().name().equals(name)).findFirst();
        if (found.isPresent()) return found.get();
        List<String> names = commands.stream().map(c -> c.spec().name()).toList();
        if (name.startsWith("-")) {
            throw new UsageException("unknown option '" + name + "'", "options come after the command: vademecum build " + name
                    + " (commands: " + String.join(", ", names) + ")");
        }
        throw new UsageException("unknown command '" + name + "'", Suggestions.closest(name, names)
                .map(c -> "did you mean vademecum " + c + "?").orElse("the commands are " + String.join(", ", names)));
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return "vademecum " + (v == null ? "dev" : v);
    }

    /** Prints one line for an unexpected failure (the stack trace too when {@code verbose}) and returns exit 3. */
    static int internalError(Throwable e, boolean verbose, PrintWriter err) {
        err.println("internal error: " + describe(e));
        if (verbose) {
            e.printStackTrace(err);
        } else if (e instanceof OutOfMemoryError) {
            err.println("    hint: give Java more memory (java -Xmx2g -jar vademecum.jar …), or run again with --verbose");
        } else {
            err.println("    hint: this is a bug in vademecum, not in the content; run again with --verbose and report it");
        }
        err.flush();
        return INTERNAL;
    }

    /** {@code SimpleName: first line of the message}, or the name alone when there is no message. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) return e.getClass().getSimpleName();
        return e.getClass().getSimpleName() + ": " + message.strip().lines().findFirst().orElse("");
    }
}
