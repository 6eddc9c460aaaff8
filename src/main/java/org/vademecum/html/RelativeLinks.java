package org.vademecum.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rewrites site paths ({@code /traitement/}) as paths relative to the page ({@code ../../traitement/}), so that
 * the site works from any folder of any host, and offline from a copy. Runs once the link check has taken the page's links.
 */
public final class RelativeLinks {
    private RelativeLinks() {}

    public static void apply(Document page, String pageUrl) {
        String prefix = prefix(pageUrl);
        for (Element e : page.getAllElements()) {
            String attr = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src"
                    : e.normalName().equals("form") && e.hasAttr("action") ? "action" : null;
            if (attr == null) continue;
            String v = e.attr(attr);
            if (v.startsWith("/") && !v.startsWith("//")) {
                String rel = prefix + v.substring(1);
                e.attr(attr, rel.isEmpty() ? "./" : rel);
            }
        }
    }

    /** "../" once per folder level of the page: {@code /a/b/} gives {@code ../../}, {@code /404.html} gives "". */
    public static String prefix(String pageUrl) {
        String dir = pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1);
        int depth = (int) dir.chars().filter(c -> c == '/').count() - 1;
        return "../".repeat(Math.max(0, depth));
    }
}
