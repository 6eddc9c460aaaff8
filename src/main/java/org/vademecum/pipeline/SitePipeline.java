package org.vademecum.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * The content of a project once it passed gate 1, with the theme and interface strings it is shown with, and
     * the ids of the theme's markup, which Markdown may not take.
     */
    public record CheckedContent(SiteContent content, Theme theme, InterfaceStrings strings, Set<String> themeIds,
                                 Diagnostics warnings) {}

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
        Set<String> themeIds = ThemeIds.scan(themeFiles);
        new MarkdownChecks(new MarkdownRenderer(), themeIds, diagnostics).checkAll(content);
        InterfaceStrings strings = InterfaceStrings.load(theme, content.config(), diagnostics);
        diagnostics.throwIfAny();
        return new CheckedContent(content, theme, strings, themeIds, diagnostics);
    }

    /** The whole build: every file of the site, or {@link org.vademecum.diag.ContentErrors}. */
    public static BuiltSite build(BuildOptions options) {
        return fullBuild(options).site();
    }

    /** The whole build, kept as the stages left it, so that {@code serve} can update it page by page. */
    public static SiteBuild fullBuild(BuildOptions options) {
        StageTimes times = new StageTimes();
        // Stage 1: load and validate the content. Gate 1.
        CheckedContent checked = load(options.project());
        times.mark("load and validate");

        // Stage 2: render, then post-process and serialise every page; collect the other files. Gate 2.
        Diagnostics siteErrors = new Diagnostics();
        siteErrors.addAll(checked.warnings()); // only warnings pass gate 1; they are reported with the rest
        SiteRenderer renderer = new SiteRenderer(checked.content(), checked.theme(), checked.strings(), siteErrors);
        List<Route> routes = SiteMap.routes(renderer.context(), siteErrors);
        times.mark("site map");
        List<ProcessedPage> pages = renderAndProcess(routes, checked, renderer, options.liveReload(), siteErrors);
        times.mark("render and post-process");
        List<OutputFile> assets = assets(checked.theme());
        List<OutputFile> derived = derivedFiles(checked.content(), renderer, routes, pages);
        List<OutputFile> others = concat(assets, derived);
        times.mark("other files");
        checkLinks(checked.content(), renderer, routes, pages, others, siteErrors);
        times.mark("link check");
        BuiltSite site = assemble(checked.content(), routes, others, pages);
        times.mark("service worker");
        return new SiteBuild(options, checked, renderer, routes, pages, assets, derived,
                site.withReport(times.report(), siteErrors.warnings()));
    }

    /** An update of a kept build ({@link #updatePages}): the build, and the addresses of the pages rendered again. */
    public record PageUpdate(SiteBuild build, List<String> urls) {}

    /**
     * {@code serve}'s fast path: {@code previous} updated for {@code changed} files when they are only edits of
     * existing Markdown pages (empty otherwise: build the whole site). Only the edited pages and the pages that list
     * or show them are rendered again; the derived files (search index, service worker) are those of
     * {@code previous} until {@link #refreshDerived}. Throws {@link org.vademecum.diag.ContentErrors} as the full
     * build would.
     */
    public static Optional<PageUpdate> updatePages(SiteBuild previous, java.util.Collection<java.nio.file.Path> changed) {
        return PageEdits.apply(previous, changed);
    }

    /** {@code build} with its derived files (search index, sitemap, service worker, …) made again from its pages. */
    public static SiteBuild refreshDerived(SiteBuild build) {
        SiteContent content = build.checked().content();
        List<OutputFile> derived = derivedFiles(content, build.renderer(), build.routes(), build.pages());
        BuiltSite site = assemble(content, build.routes(), concat(build.assets(), derived), build.pages())
                .withReport(List.of(), build.site().warnings());
        return new SiteBuild(build.options(), build.checked(), build.renderer(), build.routes(), build.pages(),
                build.assets(), derived, site);
    }

    /** The theme's assets, compacted. */
    static List<OutputFile> assets(Theme theme) {
        List<OutputFile> files = new ArrayList<>();
        for (var asset : theme.assets()) {
            String name = asset.toString().replace('\\', '/');
            files.add(new OutputFile("assets/" + name, AssetCompactor.compact(name, theme.read("assets/" + name))));
        }
        return files;
    }

    /** The files made from the whole site: search index, tree data, manifest, {@code sitemap.xml}, {@code robots.txt}. */
    static List<OutputFile> derivedFiles(SiteContent content, SiteRenderer renderer, List<Route> routes,
                                         List<ProcessedPage> pages) {
        List<OutputFile> files = new ArrayList<>(ExtraFiles.files(content, pages.stream().map(ProcessedPage::search).toList(), renderer));
        files.add(Sitemap.xml(content.config().baseUrl(), routes));
        files.add(OutputFile.text("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + content.config().baseUrl() + "sitemap.xml\n"));
        return files;
    }

    /**
     * Stage 3 and gate 2: every link and anchor of every page resolves to a page, an anchor or one of
     * {@code others} (the files that are not pages). Throws the broken ones, with the errors already reported.
     */
    static void checkLinks(SiteContent content, SiteRenderer renderer, List<Route> routes, List<ProcessedPage> pages,
                           List<OutputFile> others, Diagnostics errors) {
        checkLinks(content, renderer, routes, pages, pages, others, errors);
    }

    /** As above for the links of {@code checked} alone, against every page ({@link LinkChecker}). */
    static void checkLinks(SiteContent content, SiteRenderer renderer, List<Route> routes, List<ProcessedPage> pages,
                           List<ProcessedPage> checked, List<OutputFile> others, Diagnostics errors) {
        Set<String> paths = new TreeSet<>();
        others.forEach(f -> paths.add(f.path()));
        routes.forEach(r -> paths.add(r.path().file()));
        Map<String, org.vademecum.diag.SourcePosition> navigation = new HashMap<>();
        content.config().navigation().forEach(n -> navigation.putIfAbsent(n.link(), n.position()));
        new LinkChecker(errors, renderer.views().absentCollections())
                .check(pages.stream().map(ProcessedPage::links).toList(), checked.stream().map(ProcessedPage::links).toList(),
                        paths, sources(content), navigation);
        errors.throwIfAny();
    }

    /**
     * Stage 4: the site's files, sorted by path: {@code others}, the pages, and the service worker, which precaches
     * them within the budget and whose cache name is a hash of them all (issues 5, 10).
     */
    static BuiltSite assemble(SiteContent content, List<Route> routes, List<OutputFile> others, List<ProcessedPage> pages) {
        List<OutputFile> files = new ArrayList<>(others);
        pages.forEach(p -> files.add(p.file()));
        if (routes.stream().anyMatch(r -> r.kind().equals("offline"))) {
            files.addAll(org.vademecum.offline.ServiceWorker.files(files, content.config().offlineBudget(),
                    content.config().urls()));
        }
        files.sort(Comparator.comparing(OutputFile::path));
        return new BuiltSite(files, pages.size(), List.of());
    }

    static List<OutputFile> concat(List<OutputFile> a, List<OutputFile> b) {
        List<OutputFile> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * A page once post-processed and serialised: what the link check and the search index need of
     * it, and its file. Its DOM is not kept: at 10,000 pages the DOMs of all pages would not fit in a 1 GB heap.
     */
    record ProcessedPage(LinkChecker.LinkedPage links, SearchDocuments.IndexedPage search, OutputFile file) {}

    /**
     * Stages 2 and 3, shared by the full build and {@code serve}'s page updates, page by page and in parallel (pages
     * are independent): each route is rendered with its template and post-processed (bodies spliced in, transforms),
     * what later stages need is taken from its DOM (links and anchors, search documents), and the page is
     * serialised with its links made relative, so that the site works from any folder. A page's text and DOM are
     * let go when its task ends: no stage holds every page's text. The result keeps the order of {@code routes}.
     * Gate: throws the template errors (of the pages and of the cards their bodies embed), once every page is done.
     */
    static List<ProcessedPage> renderAndProcess(List<Route> routes, CheckedContent checked, SiteRenderer renderer,
                                                boolean liveReload, Diagnostics errors) {
        HtmlPostProcessor post = new HtmlPostProcessor(checked.content(), renderer.strings(), renderer.bodies());
        List<ProcessedPage> pages = routes.parallelStream()
                .map(route -> renderer.render(route).map(html -> process(post.process(html), liveReload)))
                .flatMap(Optional::stream).toList();
        errors.throwIfAny();
        return pages;
    }

    private static ProcessedPage process(RenderedPage page, boolean liveReload) {
        var links = LinkChecker.LinkedPage.of(page);
        var search = SearchDocuments.IndexedPage.of(page);
        if (liveReload) page.document().head().appendElement("script").attr("src", RELOAD_SCRIPT).attr("defer", "");
        // The 404 page is served at any depth, so its links stay site paths.
        if (!page.kind().equals("not-found")) RelativeLinks.apply(page.document(), page.url());
        OutputFile file = OutputFile.text(page.route().path().file(), page.document().outerHtml());
        return new ProcessedPage(links, search, file);
    }

    private static Map<String, LinkChecker.PageSource> sources(SiteContent content) {
        Map<String, LinkChecker.PageSource> out = new HashMap<>();
        for (Page p : content.pages()) out.put(p.url(), new LinkChecker.PageSource(p.bodyStart().path(), p.bodyStart().line(), p.markdown(), p.path()));
        return out;
    }
}
