package org.vademecum.model;

import java.util.List;

/**
 * {@code content/site.yaml}: identity of the site and what every page shows in its header and footer.
 * {@code sourceNotes} (Markdown paragraphs) tell on the about page how the content was taken from its source;
 * {@code strings} rewords interface strings for this guide, one key at a time; {@code urls} names the folders of
 * the generated pages; {@code offlineBudget} (issue 10) is the most bytes a reader's first visit saves for offline
 * use: the whole site when it fits, else only its shell (see PrecachePlan, which decides).
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
        List<String> sourceNotes,
        List<InterfaceText> strings,
        UrlSegments urls,
        long offlineBudget) {
    /** {@code offline: budget:} when site.yaml does not set it: 5 MB. */
    public static final long DEFAULT_OFFLINE_BUDGET = 5_000_000;

    public SiteConfig {
        navigation = List.copyOf(navigation);
        sourceNotes = List.copyOf(sourceNotes);
        strings = List.copyOf(strings);
    }

    /** A site without source notes or reworded strings, with the default folders and offline budget. */
    public SiteConfig(String title, String language, String description, String baseUrl, String contentVersion,
                      String reviewDate, String disclaimer, String sourceDocument, List<NavItem> navigation) {
        this(title, language, description, baseUrl, contentVersion, reviewDate, disclaimer, sourceDocument, navigation,
                List.of(), List.of(), UrlSegments.FRENCH, DEFAULT_OFFLINE_BUDGET);
    }

    /** One entry of the top navigation; {@code link} is a site path such as {@code /traitement/}. */
    public record NavItem(String title, String link, org.vademecum.diag.SourcePosition position) {}
}
