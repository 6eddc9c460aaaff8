package org.vademecum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.vademecum.browser.RealSite;

/**
 * Compatibility (issue 11 item 9): the osteoporosis guide in content/ keeps its addresses. Its sitemap lists
 * exactly the pages of {@code real-site-urls.txt}, taken from the sitemap of the release before the site map
 * was rebuilt; a page that moves breaks every bookmark, QR code and link to it.
 */
class RealSiteUrlsTest {
    @Test
    void theGuideKeepsEveryAddressOfTheEarlierRelease() throws IOException {
        List<String> expected = Files.readAllLines(Path.of("src/test/resources/real-site-urls.txt"));
        String sitemap = RealSite.text("sitemap.xml");
        String base = RealSite.text("robots.txt").replaceAll("(?s).*Sitemap: (\\S+)sitemap\\.xml.*", "$1");
        Matcher loc = Pattern.compile("<loc>" + Pattern.quote(base) + "([^<]*)</loc>").matcher(sitemap);
        List<String> actual = new java.util.ArrayList<>();
        while (loc.find()) actual.add("/" + loc.group(1));
        assertEquals(expected, actual);
    }
}
