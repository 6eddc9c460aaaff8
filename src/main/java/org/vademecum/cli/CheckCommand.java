package org.vademecum.cli;

import java.util.concurrent.Callable;
import org.vademecum.build.BuildOptions;
import org.vademecum.build.BuiltSite;
import org.vademecum.build.SitePipeline;
import org.vademecum.diag.ContentErrors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Runs the whole build, link checks included, and writes nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin ProjectOptions project;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        try {
            BuiltSite site = SitePipeline.build(BuildOptions.of(project.project));
            spec.commandLine().getOut().printf("ok: %d pages, no errors%n", site.pageCount());
            return Main.OK;
        } catch (ContentErrors e) {
            spec.commandLine().getErr().print(e.report());
            return Main.CONTENT_ERRORS;
        }
    }
}
