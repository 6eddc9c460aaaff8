package org.vademecum.cli;

import java.nio.file.Path;
import java.io.PrintWriter;
import org.vademecum.pipeline.BuildOptions;
import org.vademecum.pipeline.BuiltSite;
import org.vademecum.pipeline.SitePipeline;
import org.vademecum.diag.ContentErrors;
import org.vademecum.output.OutputFolder;
import org.vademecum.output.OutputFolderException;
import org.vademecum.output.SiteWriter;

/** {@code vademecum build}: the whole build, written to the output folder. */
final class BuildCommand implements Command {
    static final Option OUT = Option.value("--out", "DIR", "Output folder (default: site/ in the project).");

    @Override
    public Spec spec() {
        return new Spec("build", "Builds the site. On content errors prints all of them, writes nothing and exits 1.",
                ProjectOptions.PROJECT, OUT, ProjectOptions.VERBOSE);
    }

    @Override
    public int run(Arguments args, PrintWriter stdout, PrintWriter stderr) throws UsageException {
        long start = System.nanoTime();
        Path project = ProjectOptions.project(args);
        Path target = args.path(OUT, project.resolve("site"));
        try {
            // Checked before building, so that a refused --out costs nothing and writes nothing.
            OutputFolder folder = OutputFolder.check(project, target, Path.of(System.getProperty("user.home")));
            BuiltSite site = SitePipeline.build(BuildOptions.of(project));
            SiteWriter.write(site.files(), folder);
            stderr.print(site.warningReport());
            long ms = (System.nanoTime() - start) / 1_000_000;
            stdout.printf("built %d pages (%d files) into %s in %d ms%n",
                    site.pageCount(), site.files().size(), target, ms);
            if (args.has(ProjectOptions.VERBOSE)) site.stageTimes().forEach(stdout::println);
            return Main.OK;
        } catch (ContentErrors e) {
            stderr.print(e.report());
            stderr.println("nothing was written; the previous site is unchanged");
            return Main.CONTENT_ERRORS;
        } catch (OutputFolderException e) {
            stderr.println(e.getMessage());
            stderr.println("    hint: " + e.hint());
            return Main.USAGE;
        }
    }
}
