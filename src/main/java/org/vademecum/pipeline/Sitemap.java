package org.vademecum.pipeline;

import java.util.List;
import org.vademecum.output.OutputFile;
import org.vademecum.render.Route;

/** {@code sitemap.xml}: every listed page ({@link Route.Indexing#LISTED}), with absolute URLs from the site's base URL. */
final class Sitemap {
    private Sitemap() {}

    static OutputFile xml(String baseUrl, List<Route> routes) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        routes.stream().filter(r -> r.indexing() == Route.Indexing.LISTED).map(Route::path).sorted()
                .forEach(p -> xml.append("  <url><loc>").append(escape(p.absolute(baseUrl))).append("</loc></url>\n"));
        xml.append("</urlset>\n");
        return OutputFile.text("sitemap.xml", xml.toString());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
