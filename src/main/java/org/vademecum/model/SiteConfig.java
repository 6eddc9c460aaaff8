package org.vademecum.model;

import java.util.List;

/**
 * {@code content/site.yaml}: identity of the site and what every page shows in its header and footer;
 * {@code urls} names the folders of the generated pages.
 */
public record SiteConfig(
        String title,
        String language,
        String description,
        String baseUrl,
        String contentVersion,
        String reviewDate,
        String disclaimer,
        String sourceDocument,
        List<NavItem> navigation,
        UrlSegments urls) {

    public SiteConfig {
        navigation = List.copyOf(navigation);
    }

    /** A configuration with the default addresses of the generated pages. */
    public SiteConfig(String title, String language, String description, String baseUrl, String contentVersion,
                      String reviewDate, String disclaimer, String sourceDocument, List<NavItem> navigation) {
        this(title, language, description, baseUrl, contentVersion, reviewDate, disclaimer, sourceDocument, navigation,
                UrlSegments.FRENCH);
    }

    /** One entry of the top navigation; {@code link} is a site path such as {@code /traitement/}. */
    public record NavItem(String title, String link, org.vademecum.diag.SourcePosition position) {}
}
