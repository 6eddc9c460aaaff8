package org.vademecum.pipeline;

import java.util.List;
import org.vademecum.output.OutputFile;

/** {@code sitemap.xml}: every page a search engine should know, with absolute URLs from the site's base URL. */
final class Sitemap {
    private Sitemap() {}

    static OutputFile xml(String baseUrl, List<SitePipeline.ProcessedPage> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.stream().filter(p -> !p.noindex()).map(SitePipeline.ProcessedPage::url).filter(u -> u.endsWith("/"))
                .filter(u -> !u.equals("/recherche/")).sorted()
                .forEach(u -> xml.append("  <url><loc>").append(escape(baseUrl + u.substring(1))).append("</loc></url>\n"));
        xml.append("</urlset>\n");
        return OutputFile.text("sitemap.xml", xml.toString());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
