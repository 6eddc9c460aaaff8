package org.vademecum.pipeline;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.vademecum.diag.Diagnostics;
import org.vademecum.load.ContentFiles;
import org.vademecum.load.ContentLoader;
import org.vademecum.markdown.MarkdownChecks;
import org.vademecum.model.Page;
import org.vademecum.model.SiteContent;
import org.vademecum.output.OutputFile;
import org.vademecum.pipeline.SitePipeline.CheckedContent;
import org.vademecum.pipeline.SitePipeline.PageUpdate;
import org.vademecum.pipeline.SitePipeline.ProcessedPage;
import org.vademecum.render.Route;
import org.vademecum.render.SiteRenderer;
import org.vademecum.validate.ContentValidator;

/**
 * {@code serve}'s update of a kept build when only existing Markdown pages changed: the edited pages are read and
 * checked again, the routes are made again (cheap: the other pages' bodies are kept), and only the routes whose
 * view changed are rendered and post-processed: the edited pages, and the pages that list or show them (section
 * index, neighbours, home, breadcrumbs, bibliography "cited in", recommendation cards). The stages are those of
 * the full build, so the files are the ones it would write; the files made from the whole site (search index,
 * service worker) are left to {@link SitePipeline#refreshDerived}.
 */
final class PageEdits {
    private PageEdits() {}

    /**
     * Empty when a change is anything but an edit of existing pages (a page added or deleted, a data file, the
     * theme): the caller then builds the whole site. A file that appeared and vanished since the build (an
     * editor's temporary file) and dot-files under {@code content/} (which the build skips) change nothing.
     */
    static Optional<PageUpdate> apply(SiteBuild previous, Collection<Path> changed) {
        Optional<List<String>> edited = editedPages(previous, changed);
        if (edited.isEmpty()) return Optional.empty();
        if (edited.get().isEmpty()) return Optional.of(new PageUpdate(previous, List.of()));
        return update(previous, edited.get());
    }

    /** The project-relative names of the pages edited, or empty when a change is not a page edit. */
    private static Optional<List<String>> editedPages(SiteBuild previous, Collection<Path> changed) {
        Path project = previous.options().project().toAbsolutePath().normalize();
        Map<String, Page> pages = pagesByFile(previous.checked().content());
        TreeSet<String> edited = new TreeSet<>();
        for (Path path : changed) {
            Path file = path.toAbsolutePath().normalize();
            if (!file.startsWith(project)) return Optional.empty();
            String name = project.relativize(file).toString().replace('\\', '/');
            if (name.startsWith("content/") && hasDotSegment(name)) continue;
            boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
            if (pages.containsKey(name) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                edited.add(name);
            } else if (exists || readByBuild(name, previous)) {
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(edited));
    }

    private static boolean hasDotSegment(String name) {
        for (String segment : name.split("/")) if (segment.startsWith(".")) return true;
        return false;
    }

    /** Whether the last build read {@code name} (or a file under it), or named it in a warning. */
    private static boolean readByBuild(String name, SiteBuild previous) {
        if (!name.startsWith("content/")) return true; // the theme: any file may be one
        String inContent = name.substring("content/".length());
        if (ContentFiles.DATA_FILES.contains(inContent) || inContent.startsWith("trees/")) return true;
        for (String page : pagesByFile(previous.checked().content()).keySet()) {
            if (page.equals(name) || page.startsWith(name + "/")) return true;
        }
        return previous.checked().warnings().list().stream().anyMatch(d -> d.position().path().equals(name));
    }

    private static Map<String, Page> pagesByFile(SiteContent content) {
        Map<String, Page> out = new HashMap<>();
        for (Page p : content.pages()) out.put(p.bodyStart().path(), p);
        return out;
    }

    /**
     * Gate 1 for the edited pages (the rules of the full build that concern them), then stages 2 and 3 for the
     * routes whose view changed, and gate 2 over the whole site. Throws {@link org.vademecum.diag.ContentErrors}
     * with the report the full build would give: the last build's warnings and the errors of the edit (the rest
     * of the site passed both gates and did not change).
     */
    private static Optional<PageUpdate> update(SiteBuild previous, List<String> editedFiles) {
        CheckedContent before = previous.checked();
        Diagnostics errors = new Diagnostics();
        errors.addAll(before.warnings());
        ContentLoader loader = new ContentLoader(previous.options().project(), errors);
        List<Page> pages = new ArrayList<>(before.content().pages());
        List<Page> reread = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (!editedFiles.contains(pages.get(i).bodyStart().path())) continue;
            Optional<Page> page = loader.loadPage(previous.options().project().resolve(pages.get(i).bodyStart().path()));
            if (page.isEmpty()) continue; // its errors are reported
            pages.set(i, page.get());
            reread.add(page.get());
        }
        SiteContent content = before.content().withPages(pages);
        new ContentValidator(errors).validatePages(content, reread);
        new MarkdownChecks(previous.renderer().views().markdown(), before.themeIds(), errors).checkPages(reread);
        errors.throwIfAny();
        CheckedContent checked = new CheckedContent(content, before.theme(), before.strings(), before.themeIds(),
                before.warnings());

        SiteRenderer renderer = previous.renderer().withContent(content, errors);
        List<Route> routes = SiteMap.routes(renderer.context(), errors);
        // The layout and the addresses stay as they were for an edit of pages; if not, the whole site is built.
        if (!renderer.views().site().equals(previous.renderer().views().site())
                || !routes.stream().map(Route::path).toList().equals(previous.routes().stream().map(Route::path).toList())) {
            return Optional.empty();
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < routes.size(); i++) if (!routes.get(i).equals(previous.routes().get(i))) changed.add(i);
        List<ProcessedPage> fresh = SitePipeline.renderAndProcess(changed.stream().map(routes::get).toList(), checked,
                renderer, previous.options().liveReload(), errors);
        List<ProcessedPage> processed = new ArrayList<>(previous.pages());
        for (int k = 0; k < changed.size(); k++) processed.set(changed.get(k), fresh.get(k));
        checkLinks(previous, content, renderer, routes, processed, changed, fresh, errors);

        Map<String, OutputFile> replaced = new HashMap<>();
        fresh.forEach(p -> replaced.put(p.file().path(), p.file()));
        List<OutputFile> files = previous.site().files().stream().map(f -> replaced.getOrDefault(f.path(), f)).toList();
        BuiltSite site = new BuiltSite(files, processed.size(), List.of(), errors.warnings());
        SiteBuild build = new SiteBuild(previous.options(), checked, renderer, routes, processed, previous.assets(),
                previous.derived(), site);
        return Optional.of(new PageUpdate(build, changed.stream().map(i -> routes.get(i).url()).toList()));
    }

    /**
     * Gate 2 over the whole site. When no page rendered again gained or lost an anchor, the other pages' links
     * resolve as they did at the last build, where they passed: checking the fresh pages' links is then enough
     * (at 10,000 pages, 2 ms instead of 0.2 s). A broken link is reported by the whole check, so that the report
     * reads as the full build's.
     */
    private static void checkLinks(SiteBuild previous, SiteContent content, SiteRenderer renderer, List<Route> routes,
                                   List<ProcessedPage> pages, List<Integer> changed, List<ProcessedPage> fresh,
                                   Diagnostics errors) {
        List<OutputFile> others = SitePipeline.concat(previous.assets(), previous.derived());
        boolean sameAnchors = changed.stream().allMatch(i ->
                pages.get(i).links().anchors().equals(previous.pages().get(i).links().anchors()));
        if (sameAnchors) {
            Diagnostics fresher = new Diagnostics();
            try {
                SitePipeline.checkLinks(content, renderer, routes, pages, fresh, others, fresher);
                return;
            } catch (org.vademecum.diag.ContentErrors brokenLinks) {
                // reported below, by the whole check
            }
        }
        SitePipeline.checkLinks(content, renderer, routes, pages, others, errors);
    }
}
