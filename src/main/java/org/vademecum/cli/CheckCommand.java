package org.vademecum.cli;

import java.util.concurrent.Callable;
import org.vademecum.pipeline.BuildOptions;
import org.vademecum.pipeline.BuiltSite;
import org.vademecum.pipeline.SitePipeline;
import org.vademecum.diag.ContentErrors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Runs the whole build, link checks included, and writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin ProjectOptions project;

    @Option(names = "--strict", description = "Fail (exit 1) on warnings too, e.g. before publishing.")
    boolean strict;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        try {
            BuiltSite site = SitePipeline.build(BuildOptions.of(project.project));
            spec.commandLine().getErr().print(site.warningReport());
            if (strict && !site.warnings().isEmpty()) {
                spec.commandLine().getErr().println("failed: --strict treats warnings as errors");
                return Main.CONTENT_ERRORS;
            }
            String warnings = site.warnings().isEmpty() ? "no errors"
                    : "no errors, " + site.warnings().size() + (site.warnings().size() == 1 ? " warning" : " warnings");
            spec.commandLine().getOut().printf("ok: %d pages, %s%n", site.pageCount(), warnings);
            return Main.OK;
        } catch (ContentErrors e) {
            spec.commandLine().getErr().print(e.report());
            return Main.CONTENT_ERRORS;
        }
    }
}
