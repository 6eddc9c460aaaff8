package org.vademecum.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.vademecum.diag.Diagnostics;
import org.vademecum.html.HtmlPostProcessor;
import org.vademecum.html.LinkChecker;
import org.vademecum.html.RelativeLinks;
import org.vademecum.html.RenderedPage;
import org.vademecum.load.ContentLoader;
import org.vademecum.markdown.MarkdownChecks;
import org.vademecum.markdown.MarkdownRenderer;
import org.vademecum.markdown.ThemeIds;
import org.vademecum.render.InterfaceStrings;
import org.vademecum.model.Page;
import org.vademecum.model.SiteContent;
import org.vademecum.output.AssetCompactor;
import org.vademecum.output.OutputFile;
import org.vademecum.render.RenderedHtml;
import org.vademecum.render.Route;
import org.vademecum.render.SiteRenderer;
import org.vademecum.render.Theme;
import org.vademecum.search.SearchDocuments;
import org.vademecum.validate.ContentValidator;

/**
 * The whole build, as one pipeline of stages with two gates: content errors stop it before rendering,
 * template and link errors stop it before anything is written. {@code build}, {@code check} and {@code serve}
 * all run this; only what they do with the result differs. Throws {@link org.vademecum.diag.ContentErrors}
 * carrying every error of the stage that failed.
 */
public final class SitePipeline {
    public static final String RELOAD_SCRIPT = "/__vademecum/reload.js";

    private SitePipeline() {}

    /** The content of a project once it passed gate 1, with the theme and interface strings it is shown with. */
    public record CheckedContent(SiteContent content, Theme theme, InterfaceStrings strings, Diagnostics warnings) {}

    /**
     * Stage 1 and gate 1: loads and validates {@code project}'s content (trees verified, raw HTML and nesting
     * checked) and its theme strings. Throws {@link org.vademecum.diag.ContentErrors} with every error found;
     * {@code build}, {@code check}, {@code serve} and {@code decide} all start here.
     */
    public static CheckedContent load(java.nio.file.Path project) {
        Diagnostics diagnostics = new Diagnostics();
        SiteContent content = new ContentLoader(project, diagnostics).load();
        new ContentValidator(diagnostics).validate(content);
        Theme theme = Theme.forProject(project);
        // Raw HTML and nesting are checked here, with the other content errors, not when the page is rendered.
        List<java.nio.file.Path> themeFiles = theme.files().stream().map(Theme.ThemeFile::path).toList();
        new MarkdownChecks(new MarkdownRenderer(), ThemeIds.scan(themeFiles), diagnostics).checkAll(content);
        InterfaceStrings strings = InterfaceStrings.load(theme, content.config(), diagnostics);
        diagnostics.throwIfAny();
        return new CheckedContent(content, theme, strings, diagnostics);
    }

    public static BuiltSite build(BuildOptions options) {
        StageTimes times = new StageTimes();
        // Stage 1: load and validate the content. Gate 1.
        CheckedContent checked = load(options.project());
        SiteContent content = checked.content();
        Theme theme = checked.theme();
        InterfaceStrings strings = checked.strings();
        Diagnostics contentErrors = checked.warnings();
        times.mark("load and validate");

        // Stage 2: render, then post-process and serialise every page; collect the other files. Gate 2.
        Diagnostics siteErrors = new Diagnostics();
        siteErrors.addAll(contentErrors); // only warnings pass gate 1; they are reported with the rest
        SiteRenderer renderer = new SiteRenderer(content, theme, strings, siteErrors);
        List<Route> routes = SiteMap.routes(renderer.context(), siteErrors);
        // An array, so that each page's HTML text can be let go as soon as its page is processed.
        RenderedHtml[] html = renderer.renderAll(routes).toArray(RenderedHtml[]::new);
        siteErrors.throwIfAny();
        times.mark("render");
        List<ProcessedPage> pages = processAll(html, new HtmlPostProcessor(content, renderer.strings()), options.liveReload());
        times.mark("post-process");

        List<OutputFile> files = new ArrayList<>();
        for (var asset : theme.assets()) {
            String name = asset.toString().replace('\\', '/');
            files.add(new OutputFile("assets/" + name, AssetCompactor.compact(name, theme.read("assets/" + name))));
        }
        files.addAll(ExtraFiles.files(content, pages.stream().map(ProcessedPage::search).toList(), renderer));
        files.add(Sitemap.xml(content.config().baseUrl(), routes));
        files.add(OutputFile.text("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + content.config().baseUrl() + "sitemap.xml\n"));
        times.mark("other files");

        Set<String> paths = new TreeSet<>();
        files.forEach(f -> paths.add(f.path()));
        routes.forEach(r -> paths.add(r.path().file()));
        Map<String, org.vademecum.diag.SourcePosition> navigation = new HashMap<>();
        content.config().navigation().forEach(n -> navigation.putIfAbsent(n.link(), n.position()));
        new LinkChecker(siteErrors, renderer.views().absentCollections())
                .check(pages.stream().map(ProcessedPage::links).toList(), paths, sources(content), navigation);
        siteErrors.throwIfAny();
        times.mark("link check");

        pages.forEach(p -> files.add(p.file()));
        // Offline (issues 5, 10): the service worker precaches the files above within the budget; its cache name is a
        // hash of them all.
        if (routes.stream().anyMatch(r -> r.kind().equals("offline"))) {
            files.addAll(org.vademecum.offline.ServiceWorker.files(files, content.config().offlineBudget(),
                    content.config().urls()));
        }
        files.sort(Comparator.comparing(OutputFile::path));
        times.mark("service worker");
        return new BuiltSite(files, pages.size(), times.report(), siteErrors.warnings());
    }

    /**
     * A page once post-processed and serialised: what the link check and the search index need of
     * it, and its file. Its DOM is not kept: at 10,000 pages the DOMs of all pages would not fit in a 1 GB heap.
     */
    record ProcessedPage(LinkChecker.LinkedPage links, SearchDocuments.IndexedPage search, OutputFile file) {}

    /**
     * Stages 2b and 3, page by page and in parallel (pages are independent): post-processing, then what later
     * stages need is taken from the DOM (links and anchors, search documents), then the page is
     * serialised with its links made relative, so that the site works from any folder. Each page's HTML text and
     * DOM are let go when its task ends. The result keeps the order of {@code html}.
     */
    private static List<ProcessedPage> processAll(RenderedHtml[] html, HtmlPostProcessor post, boolean liveReload) {
        return java.util.stream.IntStream.range(0, html.length).parallel().mapToObj(i -> {
            RenderedPage page = post.process(html[i]);
            html[i] = null;
            var links = LinkChecker.LinkedPage.of(page);
            var search = SearchDocuments.IndexedPage.of(page);
            if (liveReload) page.document().head().appendElement("script").attr("src", RELOAD_SCRIPT).attr("defer", "");
            // The 404 page is served at any depth, so its links stay site paths.
            if (!page.kind().equals("not-found")) RelativeLinks.apply(page.document(), page.url());
            OutputFile file = OutputFile.text(page.route().path().file(), page.document().outerHtml());
            return new ProcessedPage(links, search, file);
        }).toList();
    }

    private static Map<String, LinkChecker.PageSource> sources(SiteContent content) {
        Map<String, LinkChecker.PageSource> out = new HashMap<>();
        for (Page p : content.pages()) out.put(p.url(), new LinkChecker.PageSource(p.bodyStart().path(), "\n".repeat(p.bodyStart().line() - 1) + p.markdown(), p.path()));
        return out;
    }
}
