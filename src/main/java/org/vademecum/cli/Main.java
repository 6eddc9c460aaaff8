package org.vademecum.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vademecum}: the command line. Each subcommand is a thin shell over {@link org.vademecum.build.SitePipeline}. */
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
        System.exit(run(args, new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code; used by tests as well as by {@link #main}. */
    public static int run(String[] args, java.io.PrintWriter out, java.io.PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
            err.println("internal error: " + e);
            if (verbose) e.printStackTrace(err);
            else err.println("    hint: run again with --verbose for the stack trace, and report it");
            return INTERNAL;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"vademecum " + (v == null ? "dev" : v)};
        }
    }
}
