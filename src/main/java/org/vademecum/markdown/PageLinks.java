package org.vademecum.markdown;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.vademecum.model.Page;

/**
 * Relative links in a page's Markdown, turned into site paths before the link check, so that they are checked
 * (and later made relative again) like site paths. The page is named by its path under {@code content/pages}
 * without {@code .md} ({@code traitement/suivi}, {@code traitement/_index}, {@code index}).
 * <ul>
 * <li>A link whose path ends in {@code .md} names a page file, relative to the folder of the page's own file:
 *     on {@code traitement/bisphosphonates.md}, {@code suivi.md} and {@code ./suivi.md} are the page built from
 *     {@code traitement/suivi.md} ({@code /traitement/suivi/}), {@code _index.md} is {@code /traitement/},
 *     {@code ../index.md} is {@code /}.</li>
 * <li>Any other relative link is resolved against the page's URL, as a browser would: on
 *     {@code /traitement/bisphosphonates/}, {@code ../suivi/} is {@code /traitement/suivi/}; {@code ..} above the
 *     site's root stays at the root.</li>
 * </ul>
 * The {@code #anchor} and {@code ?query} are kept. Site paths, links with a scheme ({@code https:},
 * {@code mailto:}), {@code //host} links and pure anchors are left as they are.
 * <p>Bad input: a {@code .md} link to a file that is not a page (missing, or above {@code content/pages}) is
 * left as written, and the link checker reports it with {@link #problem}; a wrong link of the other kind becomes
 * a site path with no page, which the link checker reports like any other. Never throws.
 */
public final class PageLinks {
    // Parsed once: select(String) parses its query at every call.
    private static final Evaluator LINKS = QueryParser.parse("a[href]");

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:");
    private final Set<String> pagePaths;

    /** @param pagePaths the paths of every page of the site, as in {@link Page#path()} */
    public PageLinks(Collection<String> pagePaths) {
        this.pagePaths = Set.copyOf(pagePaths);
    }

    /** Rewrites the relative {@code href} of every link under {@code root}, the body of page {@code pagePath}. */
    public void apply(Element root, String pagePath) {
        for (Element a : root.select(LINKS)) {
            String href = a.attr("href");
            String resolved = resolve(pagePath, href);
            if (!resolved.equals(href)) a.attr("href", resolved);
        }
    }

    /** The site path {@code href} written on page {@code pagePath} points to, or {@code href} itself (see above). */
    public String resolve(String pagePath, String href) {
        if (!isRelative(href)) return href;
        int cut = firstOf(href, '?', '#');
        String path = href.substring(0, cut);
        String rest = href.substring(cut);
        if (path.endsWith(".md")) {
            String file = pageFile(pagePath, path);
            return file != null && pagePaths.contains(file) ? Page.urlOf(file) + rest : href;
        }
        String base = Page.urlOf(pagePath);
        return normalise(base.substring(0, base.lastIndexOf('/') + 1) + path) + rest;
    }

    /**
     * Why {@code href}, a relative link written on page {@code pagePath}, names no page: the page file it names
     * is missing or outside {@code content/pages}; null when it is not such a link.
     */
    public String problem(String pagePath, String href) {
        if (!isRelative(href)) return null;
        String path = href.substring(0, firstOf(href, '?', '#'));
        if (!path.endsWith(".md")) return null;
        String file = pageFile(pagePath, path);
        if (file == null) return "the file " + path + " is outside content/pages";
        return pagePaths.contains(file) ? null : "no page file content/pages/" + file + ".md";
    }

    /** True when {@code href} starts with a URL scheme ({@code https:}, {@code mailto:}, {@code javascript:}…). */
    public static boolean hasScheme(String href) {
        return SCHEME.matcher(href).lookingAt();
    }

    private static boolean isRelative(String href) {
        return !href.isEmpty() && !href.startsWith("/") && !href.startsWith("#")
                && !hasScheme(href);
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j < 0 ? s.length() : j : j < 0 ? i : Math.min(i, j);
    }

    /** The page path {@code link} (ending in .md) names, from the folder of {@code pagePath}; null above the root. */
    private static String pageFile(String pagePath, String link) {
        String dir = pagePath.contains("/") ? pagePath.substring(0, pagePath.lastIndexOf('/') + 1) : "";
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (dir + link.substring(0, link.length() - ".md".length())).split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else if (!part.equals(".") && !part.isEmpty()) {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    /** Removes the {@code .} and {@code ..} segments of an absolute path, as a browser does. */
    private static String normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String part = segments[i];
            boolean last = i == segments.length - 1;
            if (part.equals("..")) {
                if (!parts.isEmpty()) parts.removeLast();
                if (last) parts.addLast("");
            } else if (part.equals(".")) {
                if (last) parts.addLast("");
            } else {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }
}
