package org.vademecum.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.vademecum.model.SiteContent;
import org.vademecum.output.OutputFile;
import org.vademecum.render.SiteRenderer;
import org.vademecum.search.OpenSearchDescription;
import org.vademecum.search.SearchFile;
import org.vademecum.search.SearchDocuments;
import org.vademecum.search.SearchIndexBuilder;

/** Non-HTML files other stages contribute (search index, tree data, web manifest, service worker). */
final class ExtraFiles {
    private ExtraFiles() {}

    static List<OutputFile> files(SiteContent content, List<SearchDocuments.IndexedPage> pages, SiteRenderer renderer) {
        List<OutputFile> files = new ArrayList<>();
        // Search (issues 4, 10): the index read by assets/search.js, split into files under search/, and the
        // OpenSearch description.
        for (SearchFile f : new SearchIndexBuilder(renderer.strings()::get).build(content, pages)) {
            files.add(new OutputFile(f.path(), f.bytes()));
        }
        files.add(new OutputFile(OpenSearchDescription.PATH, OpenSearchDescription.xml(content.config())));
        // Decision trees (issue 3): each tree's data, as the page embeds it.
        files.addAll(TreePages.files(content, renderer.strings()));
        // Offline (issue 5): the web app manifest and its icons (sw.js is added last, by SitePipeline, once every
        // file of the site is known).
        files.addAll(org.vademecum.offline.WebManifest.files(content.config()));
        return files;
    }
}
