package org.vademecum.offline;

import org.vademecum.model.UrlSegments;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.vademecum.browser.RealSite;
import org.vademecum.model.SiteConfig;
import org.vademecum.output.OutputFile;

/**
 * The offline files of the real site (issues 5, 10): sw.js precaches every file (the guide is under its offline
 * budget) and is versioned by their content; the web app manifest and its icons; the content version and review
 * date on every page; the offline page.
 */
class ServiceWorkerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> precached(String sw) throws Exception {
        Matcher m = Pattern.compile("var FILES = (\\[.*?\\]);", Pattern.DOTALL).matcher(sw);
        assertTrue(m.find(), "sw.js declares FILES");
        List<String> out = new ArrayList<>();
        JSON.readTree(m.group(1)).forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The worker the build writes for {@code files} with the default budget. */
    static OutputFile worker(List<OutputFile> files) {
        return ServiceWorker.files(files, SiteConfig.DEFAULT_OFFLINE_BUDGET, UrlSegments.FRENCH).get(0);
    }

    static String version(String sw) {
        Matcher m = Pattern.compile("var VERSION = '([0-9a-f]{16})';").matcher(sw);
        assertTrue(m.find(), "sw.js declares its VERSION");
        return m.group(1);
    }

    @Test
    void theWorkerPrecachesEveryFileOfTheSite() throws Exception {
        Map<String, byte[]> files = RealSite.files();
        List<String> listed = precached(RealSite.text("sw.js"));
        List<String> expected = files.keySet().stream().filter(p -> !p.equals("sw.js")).map(ServiceWorker::precacheUrl).sorted().toList();
        assertEquals(expected, listed.stream().sorted().toList());
        for (String must : List.of("./", "recherche/", "hors-ligne/", "search/index.json", "assets/site.css",
                "assets/offline.js", "manifest.webmanifest", "journee-mondiale/affiche/")) {
            assertTrue(listed.contains(must), "sw.js precaches " + must);
        }
        assertTrue(listed.stream().anyMatch(p -> p.startsWith("arbres/") && p.endsWith(".json")), "tree data is precached");
        assertFalse(listed.contains("sw.js"));
        assertTrue(RealSite.text("sw.js").contains("var ON_DEMAND = null;"), "the real guide fits its budget: nothing left for later");
        assertFalse(files.containsKey(ServiceWorker.onDemandList(UrlSegments.FRENCH)));
    }

    @Test
    void theCacheVersionIsAHashOfEveryFile() {
        List<OutputFile> site = List.of(OutputFile.text("index.html", "<p>a"), OutputFile.text("assets/site.css", "p{}"));
        String v1 = version(new String(worker(site).bytes(), StandardCharsets.UTF_8));
        String again = version(new String(worker(List.of(site.get(1), site.get(0))).bytes(), StandardCharsets.UTF_8));
        String changed = version(new String(worker(List.of(OutputFile.text("index.html", "<p>b"), site.get(1)))
                .bytes(), StandardCharsets.UTF_8));
        String renamed = version(new String(worker(List.of(OutputFile.text("other.html", "<p>a"), site.get(1)))
                .bytes(), StandardCharsets.UTF_8));
        assertEquals(v1, again, "same files, same version, whatever the order");
        assertNotEquals(v1, changed, "a changed byte changes the version");
        assertNotEquals(v1, renamed, "a renamed file changes the version");
        String withOldWorker = version(new String(worker(List.of(site.get(0), site.get(1),
                OutputFile.text("sw.js", "old"))).bytes(), StandardCharsets.UTF_8));
        assertEquals(v1, withOldWorker, "sw.js itself is not part of its version");
        assertEquals("./", ServiceWorker.precacheUrl("index.html"));
        assertEquals("a/b/", ServiceWorker.precacheUrl("a/b/index.html"));
        assertEquals("404.html", ServiceWorker.precacheUrl("404.html"));
    }

    @Test
    void theRealSiteWorkerIsVersionedByItsContent() {
        String sw = RealSite.text("sw.js");
        List<OutputFile> files = new ArrayList<>();
        RealSite.files().forEach((p, b) -> files.add(new OutputFile(p, b)));
        assertEquals(sw, new String(worker(files).bytes(), StandardCharsets.UTF_8));
        assertTrue(sw.contains("self.skipWaiting()") && sw.contains("caches.delete"), "update and clean-up logic present");
    }

    @Test
    void theManifestMakesAnInstallableAppThatWorksFromAnyFolder() throws Exception {
        JsonNode m = JSON.readTree(RealSite.files().get("manifest.webmanifest"));
        assertEquals("Ostéoporose post-ménopausique", m.get("name").asText());
        assertTrue(m.get("short_name").asText().length() <= 12);
        assertEquals(".", m.get("start_url").asText());
        assertEquals(".", m.get("scope").asText());
        assertEquals("standalone", m.get("display").asText());
        assertEquals("fr", m.get("lang").asText());
        assertTrue(m.get("theme_color").asText().matches("#[0-9a-f]{6}"));
        assertTrue(m.get("background_color").asText().matches("#[0-9a-f]{6}"));
        boolean png192 = false;
        boolean png512 = false;
        boolean maskable = false;
        for (JsonNode icon : m.get("icons")) {
            String src = icon.get("src").asText();
            assertFalse(src.startsWith("/"), "icon paths are relative to the manifest: " + src);
            byte[] bytes = RealSite.files().get(src);
            assertNotNull(bytes, "icon " + src + " is in the site");
            if (icon.get("type").asText().equals("image/png")) {
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
                assertNotNull(img, src + " is a PNG");
                int size = Integer.parseInt(icon.get("sizes").asText().split("x")[0]);
                assertEquals(size, img.getWidth());
                assertEquals(size, img.getHeight());
                png192 |= size == 192;
                png512 |= size == 512;
                maskable |= icon.get("purpose").asText().contains("maskable");
                // the bone is white on the blue: both colours are there
                assertEquals(0xffffff, img.getRGB(size / 2, size / 2) & 0xffffff, src + " centre");
                assertEquals(0x0b5cad, img.getRGB(size / 2, size / 8) & 0xffffff, src + " background");
            }
        }
        assertTrue(png192 && png512 && maskable, "192 and 512 px PNG icons, and maskable ones");
    }

    @Test
    void everyPageShowsTheContentVersionAndReviewDateAndLinksTheOfflineMachinery() {
        List<String> problems = new ArrayList<>();
        for (String page : RealSite.pages()) {
            Document doc = Jsoup.parse(RealSite.text(RealSite.fileOf(page)));
            Element version = doc.selectFirst("footer.site-footer .version");
            if (version == null || !version.text().contains("1.0.0") || !version.text().contains("29 novembre 2026")
                    || version.selectFirst("time[datetime=2026-11-29]") == null) {
                problems.add(page + ": no visible content version and review date in the footer");
            }
            if (doc.selectFirst("link[rel=manifest]") == null) problems.add(page + ": no manifest link");
            if (doc.select("script[src$=offline.js][defer]").isEmpty()) problems.add(page + ": no deferred offline.js");
            if (doc.selectFirst("link[rel=stylesheet][media=print][href$=print.css]") == null) problems.add(page + ": no print.css");
            if (doc.selectFirst("[data-update-notice][role=status]") == null) problems.add(page + ": no update notice region");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theOfflinePageOffersTheSavedPages() {
        Document doc = Jsoup.parse(RealSite.text("hors-ligne/index.html"));
        assertEquals("Hors ligne", doc.selectFirst("h1").text());
        assertNotNull(doc.selectFirst("a[data-offline-retry][hidden]"));
        assertTrue(doc.select("main a[href]").size() > 5, "links to the sections");
        assertEquals("../manifest.webmanifest", doc.selectFirst("link[rel=manifest]").attr("href"));
    }
}
