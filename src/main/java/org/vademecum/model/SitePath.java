package org.vademecum.model;

import java.util.Optional;

/**
 * A site path: the address of one output of the site relative to its root, {@code /traitement/suivi/} for a page
 * (a folder) or {@code /404.html}, {@code /assets/site.css} for a file. The one place that maps an address to the
 * file it is written to ({@link #file()}) and back ({@link #ofFile}); the renderer, the link checker, the service
 * worker and the dev server all go through it.
 */
public record SitePath(String value) implements Comparable<SitePath> {
    public static final SitePath ROOT = new SitePath("/");

    /** Throws {@link IllegalArgumentException} when {@code value} is not a site path (see {@link #parse}). */
    public SitePath {
        if (!valid(value)) throw new IllegalArgumentException("not a site path: '" + value + "'");
    }

    public static SitePath of(String value) {
        return new SitePath(value);
    }

    /**
     * {@code value} as a site path, or empty when it is not one: it must start with '/', and have no query,
     * fragment, backslash, control character, empty segment ({@code //}) or {@code .}/{@code ..} segment.
     */
    public static Optional<SitePath> parse(String value) {
        return valid(value) ? Optional.of(new SitePath(value)) : Optional.empty();
    }

    /** The folder {@code /<segment>/} at the root; the segment must be one path segment. */
    public static SitePath folder(String segment) {
        return ROOT.child(segment);
    }

    /** The folder {@code <this><segment>/}; this path must be a folder. */
    public SitePath child(String segment) {
        if (!isFolder() || segment.isEmpty() || segment.contains("/")) {
            throw new IllegalArgumentException("no folder '" + segment + "' under " + value);
        }
        return new SitePath(value + segment + "/");
    }

    /** The file {@code <this><name>} in this folder ({@code /arbres/x/} and {@code tree.json}). */
    public SitePath fileNamed(String name) {
        if (!isFolder() || name.isEmpty() || name.contains("/")) {
            throw new IllegalArgumentException("no file '" + name + "' in " + value);
        }
        return new SitePath(value + name);
    }

    /** A page (published as {@code index.html} in its folder), as opposed to a file such as {@code /404.html}. */
    public boolean isFolder() {
        return value.endsWith("/");
    }

    /** The file this path is written to, relative to the site's root: {@code /a/b/} is {@code a/b/index.html}. */
    public String file() {
        String path = value.substring(1);
        return isFolder() ? path + "index.html" : path;
    }

    /** The path of a site file: {@code a/b/index.html} is {@code /a/b/}, {@code index.html} is {@code /}. */
    public static SitePath ofFile(String file) {
        if (file.equals("index.html")) return ROOT;
        if (file.endsWith("/index.html")) return new SitePath("/" + file.substring(0, file.length() - "index.html".length()));
        return new SitePath("/" + file);
    }

    /** The path relative to the root, as a page's own folder names it: {@code a/b/}, and {@code ./} for the root. */
    public String relative() {
        return value.equals("/") ? "./" : value.substring(1);
    }

    /** The link to an element of this page: {@code /glossaire/#dmo}. */
    public String anchor(String id) {
        return value + "#" + id;
    }

    /**
     * The top-level folder the path lies in ({@code /traitement/} for {@code /traitement/suivi/}); the path itself
     * for the root and for a file at the root ({@code /404.html}), which lie in no section.
     */
    public SitePath section() {
        int slash = value.indexOf('/', 1);
        return slash < 0 ? this : new SitePath(value.substring(0, slash + 1));
    }

    /** The absolute address under {@code baseUrl} ({@code https://host/base/} + {@code /a/} is {@code https://host/base/a/}). */
    public String absolute(String baseUrl) {
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + value.substring(1);
    }

    @Override
    public int compareTo(SitePath other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean valid(String value) {
        if (value == null || !value.startsWith("/")) return false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '?' || c == '#' || c == '\\') return false;
        }
        for (String segment : value.substring(1).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) return false;
        }
        return !value.contains("//");
    }
}
