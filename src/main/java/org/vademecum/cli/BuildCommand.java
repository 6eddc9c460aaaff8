package org.vademecum.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vademecum.pipeline.BuildOptions;
import org.vademecum.pipeline.BuiltSite;
import org.vademecum.pipeline.SitePipeline;
import org.vademecum.diag.ContentErrors;
import org.vademecum.output.OutputFolder;
import org.vademecum.output.OutputFolderException;
import org.vademecum.output.SiteWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site. On content errors prints all of them, writes nothing and exits 1.")
final class BuildCommand implements Callable<Integer> {
    @Mixin ProjectOptions project;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: site/ in the project).")
    Path out;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Path target = out != null ? out : project.project.resolve("site");
        try {
            // Checked before building, so that a refused --out costs nothing and writes nothing.
            OutputFolder folder = OutputFolder.check(project.project, target, Path.of(System.getProperty("user.home")));
            BuiltSite site = SitePipeline.build(BuildOptions.of(project.project));
            SiteWriter.write(site.files(), folder);
            spec.commandLine().getErr().print(site.warningReport());
            long ms = (System.nanoTime() - start) / 1_000_000;
            spec.commandLine().getOut().printf("built %d pages (%d files) into %s in %d ms%n",
                    site.pageCount(), site.files().size(), target, ms);
            if (project.verbose) site.stageTimes().forEach(spec.commandLine().getOut()::println);
            return Main.OK;
        } catch (ContentErrors e) {
            spec.commandLine().getErr().print(e.report());
            spec.commandLine().getErr().println("nothing was written; the previous site is unchanged");
            return Main.CONTENT_ERRORS;
        } catch (OutputFolderException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().println("    hint: " + e.hint());
            return Main.USAGE;
        }
    }
}
