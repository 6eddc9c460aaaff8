package org.vademecum.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;
import org.vademecum.markdown.PageLinks;
import org.vademecum.model.SitePath;

/**
 * Every internal link, asset reference and {@code #anchor} of every page must resolve to a file the build
 * writes and to an id on the target page. A broken one is reported at the line of the page's source that
 * contains it, or at the page's source file when the link comes from a template. A relative link of a page's
 * Markdown has already been made a site path ({@link PageLinks}); it is reported as the author wrote it.
 */
public final class LinkChecker {
    private final Diagnostics diagnostics;
    private final Map<String, String> absentPages;

    public LinkChecker(Diagnostics diagnostics) {
        this(diagnostics, Map.of());
    }

    /**
     * @param absentPages site paths of pages that are not built on purpose (the page of an empty collection) to
     *                    why; a broken link to one says so in its hint
     */
    public LinkChecker(Diagnostics diagnostics, Map<String, String> absentPages) {
        this.diagnostics = diagnostics;
        this.absentPages = absentPages;
    }

    /**
     * What the checker needs to name a page's source: its project-relative file, the Markdown text it holds from
     * line {@code firstLine} on, and its path under {@code content/pages} ({@link org.vademecum.model.Page#path()}),
     * against which the relative links of its Markdown were resolved ({@link PageLinks}).
     */
    public record PageSource(String file, int firstLine, String text, String page) {}

    /**
     * What the check needs of one page, taken from its DOM so that the DOM need not outlive post-processing: the
     * anchors it defines ({@code id}s and {@code a[name]}s) and the targets of its internal links, in document
     * order (a link to another site, {@code mailto:} or {@code //host} is not ours to check).
     */
    public record LinkedPage(String url, Set<String> anchors, List<String> targets) {

        public static LinkedPage of(RenderedPage page) {
            Set<String> anchors = new HashSet<>();
            List<String> targets = new java.util.ArrayList<>();
            // One walk in document order (a page is walked once per purpose, and there are thousands of pages).
            for (Element e : page.document().getAllElements()) {
                if (e.hasAttr("id")) anchors.add(e.id());
                String tag = e.normalName();
                if (tag.equals("a") && e.hasAttr("name")) anchors.add(e.attr("name"));
                String attr = switch (tag) {
                    case "a", "link" -> "href";
                    case "script", "img", "source" -> "src";
                    case "form" -> "action";
                    default -> null;
                };
                if (attr == null || !e.hasAttr(attr)) continue;
                String target = e.attr(attr);
                if (target.isEmpty() || PageLinks.hasScheme(target) || target.startsWith("//")) continue;
                targets.add(target);
            }
            return new LinkedPage(page.url(), Set.copyOf(anchors), List.copyOf(targets));
        }
    }

    /**
     * @param pages    the site's HTML pages
     * @param files    every file the build writes (site-relative, '/' separated), HTML included
     * @param sources  page url to its source, for positions
     */
    public void check(List<LinkedPage> pages, Set<String> files, Map<String, PageSource> sources,
                      Map<String, SourcePosition> navigation) {
        check(pages, pages, files, sources, navigation);
    }

    /**
     * As above for the links of {@code checked} alone, against the anchors of all {@code pages}: enough when the
     * other pages' links were checked before and nothing they point to changed ({@code serve}). A link of the theme
     * is then counted on {@code checked} only.
     */
    public void check(List<LinkedPage> pages, List<LinkedPage> checked, Set<String> files,
                      Map<String, PageSource> sources, Map<String, SourcePosition> navigation) {
        Map<String, List<String>> fromTemplates = new java.util.TreeMap<>();
        Map<String, Set<String>> idsByFile = new HashMap<>();
        PageLinks links = new PageLinks(sources.values().stream().map(PageSource::page).toList());
        for (LinkedPage p : pages) idsByFile.put(SitePath.of(p.url()).file(), p.anchors());
        // Most links are the theme's, the same on every page: each distinct path is parsed once.
        Map<String, Optional<String>> fileOf = new java.util.concurrent.ConcurrentHashMap<>();
        // Pages are checked in parallel; their broken links are reported in page order.
        List<List<String[]>> broken = checked.parallelStream().map(p -> {
            List<String[]> out = List.of();
            for (String target : p.targets()) {
                String problem = problem(p.url(), target, files, idsByFile, fileOf);
                if (problem == null) continue;
                if (out.isEmpty()) out = new java.util.ArrayList<>();
                out.add(new String[] {target, problem});
            }
            return out;
        }).toList();
        for (int i = 0; i < checked.size(); i++) {
            LinkedPage p = checked.get(i);
            for (String[] link : broken.get(i)) {
                String target = link[0];
                String problem = link[1];
                PageSource source = sources.get(p.url());
                Located inSource = locate(source, target, links);
                if (inSource != null) {
                    // A relative .md link is left as written when it names no page; say which file is missing.
                    String why = links.problem(source.page(), inSource.written());
                    diagnostics.error(inSource.at(), "broken link '" + inSource.written() + "' on page " + p.url() + ": "
                            + (why != null ? why : problem),
                            withReason("fix the link, or the page or heading it points to", target));
                } else {
                    fromTemplates.computeIfAbsent(target + "\n" + problem, k -> new java.util.ArrayList<>()).add(p.url());
                }
            }
        }
        // A link that comes from the theme or the navigation is broken on every page: report it once.
        fromTemplates.forEach((key, urls) -> {
            String target = key.substring(0, key.indexOf('\n'));
            String problem = key.substring(key.indexOf('\n') + 1);
            SourcePosition at = navigation.getOrDefault(target, SourcePosition.file("templates"));
            String where = urls.size() == 1 ? "on page " + urls.get(0)
                    : "on " + urls.size() + " pages (" + urls.get(0) + ", …)";
            diagnostics.error(at, "broken link '" + target + "' " + where + ": " + problem,
                    withReason(navigation.containsKey(target) ? "fix this navigation link in content/site.yaml"
                            : "the link comes from a template or a YAML field; fix it there or add the missing page",
                            target));
        });
    }

    /** The hint, plus why the page is absent when it is the page of an empty collection. */
    private String withReason(String hint, String target) {
        String path = target.split("[#?]", 2)[0];
        String why = absentPages.get(path);
        return why == null ? hint : hint + " (there is no page " + path + ": " + why + ")";
    }

    private static String problem(String pageUrl, String target, Set<String> files, Map<String, Set<String>> ids,
                                  Map<String, Optional<String>> fileOf) {
        String path = target;
        String fragment = null;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            path = target.substring(0, hash);
            fragment = target.substring(hash + 1);
        }
        int query = path.indexOf('?');
        if (query >= 0) path = path.substring(0, query);
        if (!path.isEmpty() && !path.startsWith("/")) return "links must be site paths starting with '/' (or '#anchor')";
        String file = fileOf.computeIfAbsent(path.isEmpty() ? pageUrl : path, p -> SitePath.parse(p).map(SitePath::file))
                .orElse(null);
        if (file == null || !files.contains(file)) {
            boolean page = path.endsWith("/") || path.isEmpty()
                    || !path.contains(".") && SitePath.parse(path + "/").map(p -> files.contains(p.file())).orElse(false);
            return page ? "no page at " + path : "no file at " + path;
        }
        if (fragment != null && !fragment.isEmpty()) {
            Set<String> targetIds = ids.get(file);
            if (targetIds == null) return null; // not an HTML page: fragments are not ours to check
            if (!targetIds.contains(fragment)) return "no anchor #" + fragment + " on " + (path.isEmpty() ? pageUrl : path);
        }
        return null;
    }

    /** Where a link is written in a page's Markdown, and how: as the site path, or as a relative link to it. */
    private record Located(SourcePosition at, String written) {}

    /** A link's destination in Markdown: {@code ](dest}, {@code [ref]: dest} or {@code "dest"} (raw HTML). */
    private static final Pattern WRITTEN = Pattern.compile("\\]\\(\\s*<?([^\\s)>]+)|^\\s{0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)|\"([^\"]+)\"");

    /**
     * Where the page's Markdown source writes {@code target}, or null when the link is not in it: first as
     * written (a site path), then as a relative link that {@code links} resolves to it.
     */
    private static Located locate(PageSource source, String target, PageLinks links) {
        if (source == null) return null;
        String[] lines = source.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int col = lines[i].indexOf("](" + target);
            if (col >= 0) return new Located(new SourcePosition(source.file(), i + source.firstLine(), col + 3), target);
            col = lines[i].indexOf("\"" + target + "\"");
            if (col >= 0) return new Located(new SourcePosition(source.file(), i + source.firstLine(), col + 2), target);
        }
        if (!target.startsWith("/")) return null;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = WRITTEN.matcher(lines[i]);
            while (m.find()) {
                int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
                String written = m.group(g);
                if (!written.equals(target) && links.resolve(source.page(), written).equals(target)) {
                    return new Located(new SourcePosition(source.file(), i + source.firstLine(), m.start(g) + 1), written);
                }
            }
        }
        return null;
    }
}
