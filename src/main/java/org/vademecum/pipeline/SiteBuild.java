package org.vademecum.pipeline;

import java.util.List;
import org.vademecum.output.OutputFile;
import org.vademecum.pipeline.SitePipeline.CheckedContent;
import org.vademecum.pipeline.SitePipeline.ProcessedPage;
import org.vademecum.render.Route;
import org.vademecum.render.SiteRenderer;

/**
 * A successful build as its stages left it: {@code serve} keeps it between edits and updates only what an edit of
 * pages changes ({@link SitePipeline#updatePages}). {@code pages} are in the order of {@code routes}, one each;
 * {@code derived} are the files made from the whole site ({@link SitePipeline#derivedFiles}); {@code site} is
 * every file, as written by {@code build}.
 */
public record SiteBuild(BuildOptions options, CheckedContent checked, SiteRenderer renderer, List<Route> routes,
                        List<ProcessedPage> pages, List<OutputFile> assets, List<OutputFile> derived, BuiltSite site) {
    public SiteBuild {
        routes = List.copyOf(routes);
        pages = List.copyOf(pages);
        assets = List.copyOf(assets);
        derived = List.copyOf(derived);
    }
}
