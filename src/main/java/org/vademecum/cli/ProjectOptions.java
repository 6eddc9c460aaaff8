package org.vademecum.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class ProjectOptions {
    @Option(names = "--project", paramLabel = "DIR", description = "Project folder holding content/ and templates/ (default: current folder).")
    Path project = Path.of(".");

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;
}
