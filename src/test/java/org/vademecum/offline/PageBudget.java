package org.vademecum.offline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The weight of each page's first load (issue 5): its HTML plus every stylesheet and script it references
 * (print stylesheet included), each gzipped on its own at the default level, as a host would send them. Images,
 * the manifest, the search index and tree data are not counted. Also finds what the budget forbids: web fonts and
 * anything loaded from another host. Used by {@code PageBudgetTest} and {@code bench/budget/run.sh}.
 */
public final class PageBudget {
    /** At most 30 KB gzip of HTML + CSS + JavaScript per page. */
    public static final int LIMIT = 30 * 1024;

    private PageBudget() {}

    /** One page: its HTML's gzip size, then each referenced CSS/JS file (site path) and its gzip size. */
    public record PageWeight(String page, int htmlGzip, Map<String, Integer> resources) {
        public int total() {
            return htmlGzip + resources.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int cssGzip() {
            return resources.entrySet().stream().filter(e -> e.getKey().endsWith(".css")).mapToInt(Map.Entry::getValue).sum();
        }

        public int jsGzip() {
            return resources.entrySet().stream().filter(e -> e.getKey().endsWith(".js")).mapToInt(Map.Entry::getValue).sum();
        }
    }

    /** Every HTML file of {@code files} (site-relative paths), sorted by path. */
    public static List<PageWeight> measure(Map<String, byte[]> files) {
        List<PageWeight> out = new ArrayList<>();
        files.keySet().stream().filter(p -> p.endsWith(".html")).sorted().forEach(path -> {
            Document doc = Jsoup.parse(new String(files.get(path), StandardCharsets.UTF_8));
            Map<String, Integer> resources = new LinkedHashMap<>();
            for (Element e : doc.select("link[rel~=(?i)^(stylesheet|modulepreload)$][href], script[src]")) {
                String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                String file = resolve(path, ref);
                if (file == null || resources.containsKey(file)) continue;
                byte[] bytes = files.get(file);
                if (bytes == null) throw new AssertionError(path + " references " + ref + ", which is not in the site");
                resources.put(file, gzip(bytes));
            }
            out.add(new PageWeight(path, gzip(files.get(path)), resources));
        });
        return out;
    }

    /** Font files, {@code @font-face} rules and font preloads anywhere in the site, as readable lines. */
    public static List<String> webFonts(Map<String, byte[]> files) {
        List<String> out = new ArrayList<>();
        for (var e : files.entrySet()) {
            String p = e.getKey().toLowerCase(java.util.Locale.ROOT);
            if (p.matches(".*\\.(woff2?|ttf|otf|eot)$")) out.add(e.getKey() + ": font file");
            if (p.endsWith(".css") && new String(e.getValue(), StandardCharsets.UTF_8).contains("@font-face")) {
                out.add(e.getKey() + ": @font-face");
            }
            if (p.endsWith(".html")) {
                Document doc = Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8));
                if (!doc.select("link[as=font], style:containsData(@font-face)").isEmpty()) out.add(e.getKey() + ": font in the page");
            }
        }
        return out;
    }

    private static final Set<String> LOADING_RELS = Set.of("stylesheet", "icon", "manifest", "preload", "modulepreload",
            "prefetch", "preconnect", "dns-prefetch", "apple-touch-icon", "mask-icon");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)|@import\\s+['\"]([^'\"]+)");

    /** Every address in the site that makes the browser contact another host (pages' resources and CSS urls). */
    public static List<String> otherHosts(Map<String, byte[]> files) {
        List<String> out = new ArrayList<>();
        for (var e : files.entrySet()) {
            String path = e.getKey();
            if (path.endsWith(".html")) {
                Document doc = Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8));
                for (Element el : doc.select("link[href]")) {
                    boolean loads = false;
                    for (String rel : el.attr("rel").toLowerCase(java.util.Locale.ROOT).split("\\s+")) loads |= LOADING_RELS.contains(rel);
                    if (loads && external(el.attr("href"))) out.add(path + ": " + el.outerHtml());
                }
                for (Element el : doc.select("script[src], img[src], img[srcset], source[src], source[srcset], iframe[src],"
                        + " video[src], video[poster], audio[src], object[data], embed[src], input[src], track[src]")) {
                    for (String attr : List.of("src", "srcset", "poster", "data")) {
                        if (el.hasAttr(attr) && external(el.attr(attr))) out.add(path + ": " + el.outerHtml());
                    }
                }
                for (Element el : doc.select("[style]")) {
                    if (el.attr("style").contains("url(")) out.add(path + ": inline style with url()");
                }
            } else if (path.endsWith(".css")) {
                Matcher m = CSS_URL.matcher(new String(e.getValue(), StandardCharsets.UTF_8));
                while (m.find()) {
                    String url = m.group(1) != null ? m.group(1) : m.group(2);
                    if (external(url)) out.add(path + ": " + url);
                }
            }
        }
        return out;
    }

    private static boolean external(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("//") || u.matches("^[a-z][a-z0-9+.-]*:.*") && !u.startsWith("data:");
    }

    /** The site-relative file that {@code ref} (relative, as the built pages write it) points to from {@code page}. */
    static String resolve(String page, String ref) {
        if (external(ref)) return null;
        String clean = ref.replaceAll("[?#].*$", "");
        URI base = URI.create("http://site/" + page);
        String path = base.resolve(clean).getPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    public static int gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
