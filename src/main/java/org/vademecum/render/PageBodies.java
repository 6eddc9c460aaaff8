package org.vademecum.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.vademecum.model.Page;

/**
 * The Markdown bodies of the pages, spliced into each page's DOM when the page is post-processed. A template
 * receives a marker element in place of a body ({@link #marker}); {@link #splice} replaces it with the body's
 * nodes, rendered then. Writing each body as text only for the page parser to read it back cost about a tenth of
 * the build (half of every page is its body), and keeping the bodies' DOMs from rendering to post-processing would
 * not fit 10,000 pages in a 1 GB heap. The spliced DOM is the one parsing the text would give: the same nodes, and
 * runs of text merged into one node, as the parser merges them.
 *
 * <p>A marker names one version of a body: a page edited in {@code serve} gets a new marker, so that the routes that
 * show it differ from the last build's and are rendered again (see {@link SiteRenderer#withContent}).
 */
public final class PageBodies {
    /** An element name no allow-listed Markdown or theme markup uses. */
    private static final String TAG = "vademecum-body";
    private static final String KEY = "data-key";

    private final Map<Page, String> keys;
    private final Map<String, Page> pages = new HashMap<>();
    private final Function<Page, Element> render;

    /** The bodies of {@code keys}' pages, each rendered by {@code render} (whose root's children are the body). */
    PageBodies(Map<Page, String> keys, Function<Page, Element> render) {
        this.keys = Map.copyOf(keys);
        this.render = render;
        this.keys.forEach((page, key) -> pages.put(key, page));
    }

    /** The keys of this version of the pages: {@code generation} and each page's position. */
    static Map<Page, String> freshKeys(List<Page> pages, int generation) {
        Map<Page, String> keys = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) keys.put(pages.get(i), generation + "-" + i);
        return keys;
    }

    Map<Page, String> keys() {
        return keys;
    }

    /** What a template writes in place of {@code page}'s body (unescaped). */
    String marker(Page page) {
        String key = keys.get(page);
        if (key == null) throw new IllegalArgumentException("not a page of this site: " + page.path());
        return "<" + TAG + " " + KEY + "=\"" + key + "\"></" + TAG + ">";
    }

    /**
     * Replaces every marker of {@code page} with its body. Only the markers the templates wrote are found: a body's
     * own markup cannot hold one (the Markdown allow-list drops unknown elements), and bodies are inserted after
     * the markers were collected.
     */
    public void splice(Document page) {
        List<Element> markers = new ArrayList<>(page.getElementsByTag(TAG));
        for (Element marker : markers) {
            Page source = pages.get(marker.attr(KEY));
            if (source == null) throw new IllegalStateException("body marker of no page: " + marker.outerHtml());
            Element body = render.apply(source);
            Node before = marker.previousSibling();
            Node after = marker.nextSibling();
            List<Node> nodes = new ArrayList<>(body.childNodes());
            for (Node n : nodes) marker.before(n);
            marker.remove();
            if (after != null) mergeWithPrevious(after);
            if (!nodes.isEmpty() && before != null) mergeWithPrevious(nodes.get(0));
        }
    }

    /** Merges every run of adjacent text nodes under {@code root} into one node, as the HTML parser makes them. */
    static void mergeAdjacentText(Element root) {
        List<Node> merged = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (isText(node) && isText(node.previousSibling())) merged.add(node);
        });
        // Last first: each node joins the one before it, which may itself join the one before.
        for (int i = merged.size() - 1; i >= 0; i--) mergeWithPrevious(merged.get(i));
    }

    private static void mergeWithPrevious(Node node) {
        if (isText(node) && isText(node.previousSibling())) {
            TextNode previous = (TextNode) node.previousSibling();
            previous.text(previous.getWholeText() + ((TextNode) node).getWholeText());
            node.remove();
        }
    }

    /** A text node, not one of its kinds that the parser keeps apart (CDATA). */
    private static boolean isText(Node node) {
        return node != null && node.getClass() == TextNode.class;
    }
}
