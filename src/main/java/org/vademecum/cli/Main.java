package org.vademecum.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/** {@code vademecum}: the command line. Each subcommand is a thin shell over {@link org.vademecum.pipeline.SitePipeline}. */
@Command(name = "vademecum", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a clinical-guidance website from YAML data and Markdown pages.",
        subcommands = {InitCommand.class, BuildCommand.class, CheckCommand.class, ServeCommand.class, DecideCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:content errors (all are printed as path:line:col)", "2:usage error",
                "3:internal error (stack trace with --verbose)"})
public final class Main {
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    public static void main(String[] args) {
        System.exit(run(args, utf8(System.out), utf8(System.err)));
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
        return run(new CommandLine(new Main()), args, out, err);
    }

    /** {@link #run(String[], PrintWriter, PrintWriter)} on a given command tree (tests add commands to it). */
    static int run(CommandLine cl, String[] args, PrintWriter out, PrintWriter err) {
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(e, verbose(parseResult), err));
        int code;
        try {
            code = cl.execute(args);
        } catch (Throwable e) {
            // picocli hands only Exceptions to the handler above; Errors (StackOverflowError, OutOfMemoryError, …)
            // leave execute() as they are.
            code = internalError(e, verbose(cl.getParseResult()), err);
        }
        out.flush();
        err.flush();
        return code;
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

    /** Whether {@code --verbose} was given to the command or to any command above it; false when parsing failed. */
    private static boolean verbose(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) return true;
        }
        return false;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"vademecum " + (v == null ? "dev" : v)};
        }
    }
}
