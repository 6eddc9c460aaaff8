package org.vademecum.search;

import java.nio.charset.StandardCharsets;
import org.vademecum.model.SiteConfig;

/**
 * {@code /opensearch.xml}: lets a browser use the site as a search engine, with the results page
 * {@code /recherche/?q=}. Link it from every page with {@link #LINK_TAG} (the title attribute is the site title).
 * The URLs are absolute ({@code base_url} of site.yaml), as the OpenSearch 1.1 format requires.
 */
public final class OpenSearchDescription {
    /** Path of the file in the built site. */
    public static final String PATH = "opensearch.xml";
    /** The {@code <link>} for {@code <head>}, without its {@code title} attribute. */
    public static final String LINK_TAG = "<link rel=\"search\" type=\"application/opensearchdescription+xml\" href=\"/opensearch.xml\">";
    static final int SHORT_NAME_MAX = 16;

    private OpenSearchDescription() {}

    public static byte[] xml(SiteConfig config) {
        String base = config.baseUrl().endsWith("/") ? config.baseUrl() : config.baseUrl() + "/";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\">\n"
                + "  <ShortName>" + escape(shortName(config.title())) + "</ShortName>\n"
                + "  <LongName>" + escape(truncate(config.title(), 48)) + "</LongName>\n"
                + "  <Description>" + escape(truncate(config.description() == null ? config.title() : config.description(), 1024)) + "</Description>\n"
                + "  <Language>" + escape(config.language()) + "</Language>\n"
                + "  <InputEncoding>UTF-8</InputEncoding>\n"
                + "  <OutputEncoding>UTF-8</OutputEncoding>\n"
                + "  <Url type=\"text/html\" method=\"get\" template=\"" + escape(base) + "recherche/?q={searchTerms}\"/>\n"
                + "  <Url type=\"application/opensearchdescription+xml\" rel=\"self\" template=\"" + escape(base) + PATH + "\"/>\n"
                + "</OpenSearchDescription>\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** The site title cut at a word boundary to the 16 characters OpenSearch allows. */
    static String shortName(String title) {
        if (title.length() <= SHORT_NAME_MAX) {
            return title;
        }
        int cut = title.lastIndexOf(' ', SHORT_NAME_MAX);
        return (cut > 0 ? title.substring(0, cut) : title.substring(0, SHORT_NAME_MAX)).strip();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
