package org.vademecum.build;

import java.util.ArrayList;
import java.util.List;
import org.vademecum.html.RenderedPage;
import org.vademecum.model.SiteContent;
import org.vademecum.output.OutputFile;
import org.vademecum.render.SiteRenderer;

/** Non-HTML files other stages contribute (search index, tree data, web manifest, service worker). */
final class ExtraFiles {
    private ExtraFiles() {}

    static List<OutputFile> files(SiteContent content, List<RenderedPage> pages, SiteRenderer renderer) {
        List<OutputFile> files = new ArrayList<>();
        return files;
    }
}
