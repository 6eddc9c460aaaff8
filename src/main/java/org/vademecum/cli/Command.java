package org.vademecum.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * A command of {@code vademecum}: what {@code --help} says of it, the options and parameters it takes (parsed by
 * {@link Arguments}) and what it does. {@link #run} returns the exit code; it may throw {@link UsageException}
 * (exit 2), and anything else it throws is an internal error (exit 3, see {@link Main}).
 */
interface Command {
    String name();

    /** What the command does, first as one line for the command list, then any further help paragraphs. */
    List<String> description();

    List<Option> options();

    /** The labels of its positional parameters, in order, each required, with their descriptions. */
    default List<Parameter> parameters() {
        return List.of();
    }

    /** Extra lines for the help's "Exit codes" list ("code:meaning"); none by default. */
    default List<String> exitCodes() {
        return List.of();
    }

    int run(Arguments args, PrintWriter out, PrintWriter err) throws Exception;

    record Parameter(String label, String description) {}
}
