package org.vademecum.pipeline;

import java.util.List;
import org.vademecum.output.OutputFile;

/**
 * The result of a successful build: every file of the site, sorted by path, how many are HTML pages, the
 * time each stage took, and the warnings (which never fail a build; {@code check --strict} fails on them).
 */
public record BuiltSite(List<OutputFile> files, int pageCount, List<String> stageTimes,
                        List<org.vademecum.diag.Diagnostic> warnings) {
    public BuiltSite {
        files = List.copyOf(files);
        stageTimes = List.copyOf(stageTimes);
        warnings = List.copyOf(warnings);
    }

    public BuiltSite(List<OutputFile> files, int pageCount, List<String> stageTimes) {
        this(files, pageCount, stageTimes, List.of());
    }

    /** The same files with the stage times and warnings of the build that made them. */
    BuiltSite withReport(List<String> stageTimes, List<org.vademecum.diag.Diagnostic> warnings) {
        return new BuiltSite(files, pageCount, stageTimes, warnings);
    }

    /** The warnings as printed, with a summary line; empty when there are none. */
    public String warningReport() {
        return warnings.isEmpty() ? "" : org.vademecum.diag.Diagnostics.report(warnings);
    }
}
