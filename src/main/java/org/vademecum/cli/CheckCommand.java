package org.vademecum.cli;

import java.io.PrintWriter;
import org.vademecum.pipeline.BuildOptions;
import org.vademecum.pipeline.BuiltSite;
import org.vademecum.pipeline.SitePipeline;
import org.vademecum.diag.ContentErrors;

/** {@code vademecum check}: the whole build, link checks included, writing nothing. */
final class CheckCommand implements Command {
    static final Option STRICT = Option.flag("--strict", "Fail (exit 1) on warnings too, e.g. before publishing.");

    @Override
    public Spec spec() {
        return new Spec("check", "Runs the whole build, link checks included, and writes nothing.",
                ProjectOptions.PROJECT, STRICT, ProjectOptions.VERBOSE);
    }

    @Override
    public int run(Arguments args, PrintWriter stdout, PrintWriter stderr) throws UsageException {
        boolean strict = args.has(STRICT);
        try {
            BuiltSite site = SitePipeline.build(BuildOptions.of(ProjectOptions.project(args)));
            stderr.print(site.warningReport());
            if (strict && !site.warnings().isEmpty()) {
                stderr.println("failed: --strict treats warnings as errors");
                return Main.CONTENT_ERRORS;
            }
            String warnings = site.warnings().isEmpty() ? "no errors"
                    : "no errors, " + site.warnings().size() + (site.warnings().size() == 1 ? " warning" : " warnings");
            stdout.printf("ok: %d pages, %s%n", site.pageCount(), warnings);
            return Main.OK;
        } catch (ContentErrors e) {
            stderr.print(e.report());
            return Main.CONTENT_ERRORS;
        }
    }
}
