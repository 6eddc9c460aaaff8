package org.vademecum.offline;

import org.vademecum.model.UrlSegments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vademecum.browser.RealSite;
import org.vademecum.model.SiteConfig;
import org.vademecum.search.SyntheticSite;

/**
 * The first visit of a 1,000-page site (issue 10): with the default 5 MB budget the service worker precaches the
 * shell only, within the budget, and lists every other file for later; nothing is in both or in neither.
 */
class PrecacheAtScaleTest {
    @Test
    void aThousandPagesFirstVisitStaysWithinTheBudgetAndHoldsTheShell(@TempDir Path project) throws Exception {
        SyntheticSite.write(RealSite.project(), project, 1000, 42);
        Map<String, byte[]> files = RealSite.build(project);
        Map<String, String> pathOf = new HashMap<>();
        files.keySet().forEach(p -> pathOf.put(ServiceWorker.precacheUrl(p), p));

        List<String> precached = ServiceWorkerTest.precached(new String(files.get("sw.js"), StandardCharsets.UTF_8));
        long precachedBytes = precached.stream().mapToLong(u -> files.get(pathOf.get(u)).length).sum();
        long siteBytes = files.entrySet().stream().filter(e -> !e.getKey().equals("sw.js")).mapToLong(e -> e.getValue().length).sum();
        System.out.printf("1,000 pages: first visit %d bytes in %d files (whole site %d bytes in %d files)%n",
                precachedBytes, precached.size(), siteBytes, files.size() - 1);
        assertTrue(siteBytes > SiteConfig.DEFAULT_OFFLINE_BUDGET, "the synthetic site is larger than the budget");
        assertTrue(precachedBytes <= SiteConfig.DEFAULT_OFFLINE_BUDGET, precachedBytes + " bytes precached");

        for (String shell : List.of("./", "recherche/", "hors-ligne/", ServiceWorker.onDemandList(UrlSegments.FRENCH), "assets/site.css",
                "assets/search.js", "assets/offline.js", "assets/icons/icon-192.png", "manifest.webmanifest")) {
            assertTrue(precached.contains(shell), "the shell holds " + shell);
        }
        assertTrue(precached.stream().anyMatch(u -> u.startsWith("search")), "the search index is precached");
        assertFalse(precached.contains("section-1/page-1/"), "content pages wait");

        List<String> listed = listedAddresses(files);
        assertEquals(files.size() - 1, precached.size() + listed.size(), "every file is precached or listed");
        assertTrue(listed.stream().noneMatch(precached::contains), "no file is both precached and listed");
        assertTrue(listed.contains("section-1/page-1/"));
    }

    private static List<String> listedAddresses(Map<String, byte[]> files) throws Exception {
        List<String> out = new ArrayList<>();
        new ObjectMapper().readTree(files.get(ServiceWorker.onDemandList(UrlSegments.FRENCH))).get("files")
                .forEach(f -> out.add(f.get(0).asText()));
        return out;
    }
}
