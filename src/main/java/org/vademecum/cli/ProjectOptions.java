package org.vademecum.cli;

import java.nio.file.Path;

/** Options the build commands share. */
final class ProjectOptions {
    static final Option PROJECT = Option.value("--project", "DIR",
            "Project folder holding content/ and templates/ (default: current folder).");
    static final Option VERBOSE = Option.flag("--verbose", "Print stack traces of internal errors.");

    private ProjectOptions() {}

    static Path project(Arguments args) throws UsageException {
        return args.path(PROJECT, Path.of("."));
    }
}
