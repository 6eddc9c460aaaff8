package org.vademecum.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * A command of {@code vademecum}: its {@link Spec} (what {@code --help} says, the options and parameters that
 * {@link Arguments} accepts) and what it does. {@link #run} returns the exit code; it may throw
 * {@link UsageException} (exit 2), and anything else it throws is an internal error (exit 3, see {@link Main}).
 */
interface Command {
    Spec spec();

    int run(Arguments args, PrintWriter out, PrintWriter err) throws Exception;

    /**
     * A command's name; what it does, first as one line for the command list, then any further help paragraphs; its
     * options; its positional parameters, in order, each required; extra "code:meaning" lines for its help's exit
     * codes.
     */
    record Spec(String name, List<String> description, List<Option> options, List<Parameter> parameters,
                List<String> exitCodes) {
        Spec(String name, String description, Option... options) {
            this(name, List.of(description), List.of(options), List.of(), List.of());
        }
    }

    record Parameter(String label, String description) {}
}
