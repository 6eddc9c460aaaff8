package org.vademecum.offline;

import org.vademecum.model.UrlSegments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.vademecum.output.OutputFile;

/**
 * The first visit's precache against the offline budget (issue 10): everything while the site fits, else the
 * shell, with the rest listed (address, bytes, hash) for the "download the whole guide" control.
 */
class PrecachePlanTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<String> SHELL = List.of("index.html", "assets/site.css", "assets/offline.js",
            "assets/icons/icon.svg", "manifest.webmanifest", "arbres/index.html", "arbres/choix/index.html",
            "arbres/choix/tree.json", "recherche/index.html", "search/index.json",
            "hors-ligne/index.html");
    private static final List<String> REST = List.of("404.html", "glossaire/index.html", "traitement/suivi/index.html",
            "images/schema.png", "sitemap.xml", "recherches-anciennes/index.html", "research/index.html",
            "search-index.json");

    private static List<OutputFile> site() {
        List<OutputFile> out = new ArrayList<>();
        for (String p : SHELL) out.add(OutputFile.text(p, "shell " + p));
        for (String p : REST) out.add(OutputFile.text(p, "page " + p + " ".repeat(100)));
        return out;
    }

    private static String sw(List<OutputFile> files) {
        return new String(files.get(0).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void theWholeSiteIsPrecachedWhileItFitsTheBudget() throws Exception {
        List<OutputFile> site = site();
        List<OutputFile> out = ServiceWorker.files(site, PrecachePlan.bytes(site), UrlSegments.FRENCH);
        assertEquals(1, out.size(), "only sw.js: nothing is left for later");
        assertEquals(site.size(), ServiceWorkerTest.precached(sw(out)).size());
        assertTrue(sw(out).contains("var ON_DEMAND = null;"));
    }

    @Test
    void aboveTheBudgetOnlyTheShellIsPrecachedAndTheRestIsListedWithSizesAndHashes() throws Exception {
        List<OutputFile> site = site();
        List<OutputFile> out = ServiceWorker.files(site, PrecachePlan.bytes(site) - 1, UrlSegments.FRENCH);
        assertEquals(List.of("sw.js", ServiceWorker.onDemandList(UrlSegments.FRENCH)), out.stream().map(OutputFile::path).toList());

        List<String> shell = new ArrayList<>(SHELL.stream().map(ServiceWorker::precacheUrl).toList());
        shell.add(ServiceWorker.onDemandList(UrlSegments.FRENCH));
        assertEquals(shell.stream().sorted().toList(), ServiceWorkerTest.precached(sw(out)));
        assertTrue(sw(out).contains("var ON_DEMAND = \"hors-ligne/files.json\";"));

        JsonNode list = JSON.readTree(out.get(1).bytes());
        Map<String, Integer> listed = new TreeMap<>();
        list.get("files").forEach(f -> {
            listed.put(f.get(0).asText(), f.get(1).asInt());
            assertTrue(f.get(2).asText().matches("[0-9a-f]{12}"), f.toString());
        });
        Map<String, Integer> expected = new TreeMap<>();
        site.stream().filter(f -> REST.contains(f.path())).forEach(f -> expected.put(ServiceWorker.precacheUrl(f.path()), f.bytes().length));
        assertEquals(expected, listed, "every other file, as its address, with its size");
        assertEquals(expected.values().stream().mapToLong(Integer::longValue).sum(), list.get("bytes").asLong());
    }

    @Test
    void aPageChangeChangesItsHashAndTheVersionButNotTheOtherHashes() throws Exception {
        List<OutputFile> site = site();
        List<OutputFile> changed = new ArrayList<>(site);
        changed.replaceAll(f -> f.path().equals("glossaire/index.html") ? OutputFile.text(f.path(), "corrected") : f);
        JsonNode before = JSON.readTree(ServiceWorker.files(site, 0, UrlSegments.FRENCH).get(1).bytes()).get("files");
        JsonNode after = JSON.readTree(ServiceWorker.files(changed, 0, UrlSegments.FRENCH).get(1).bytes()).get("files");
        for (int i = 0; i < before.size(); i++) {
            boolean isChanged = before.get(i).get(0).asText().equals("glossaire/");
            assertEquals(!isChanged, before.get(i).get(2).equals(after.get(i).get(2)), before.get(i).toString());
        }
        assertNotEquals(ServiceWorkerTest.version(sw(ServiceWorker.files(site, 0, UrlSegments.FRENCH))),
                ServiceWorkerTest.version(sw(ServiceWorker.files(changed, 0, UrlSegments.FRENCH))));
    }

    @Test
    void theWorkerAndListOfAnEarlierBuildAreIgnored() {
        List<OutputFile> site = site();
        List<OutputFile> first = ServiceWorker.files(site, 0, UrlSegments.FRENCH);
        List<OutputFile> again = new ArrayList<>(site);
        again.addAll(first);
        assertEquals(first.stream().map(f -> new String(f.bytes(), StandardCharsets.UTF_8)).toList(),
                ServiceWorker.files(again, 0, UrlSegments.FRENCH).stream().map(f -> new String(f.bytes(), StandardCharsets.UTF_8)).toList());
    }

    @Test
    void aBudgetThatMovesFilesInOrOutOfThePrecacheGivesANewCache() {
        List<OutputFile> site = site();
        String all = ServiceWorkerTest.version(sw(ServiceWorker.files(site, Long.MAX_VALUE, UrlSegments.FRENCH)));
        String shell = ServiceWorkerTest.version(sw(ServiceWorker.files(site, 0, UrlSegments.FRENCH)));
        assertNotEquals(all, shell);
        assertEquals(shell, ServiceWorkerTest.version(sw(ServiceWorker.files(site, 10, UrlSegments.FRENCH))), "same plan, same version");
    }

    @Test
    void theShellIsFoundByARule() {
        for (String p : SHELL) assertTrue(PrecachePlan.isShell(p, UrlSegments.FRENCH), p);
        for (String p : REST) assertTrue(!PrecachePlan.isShell(p, UrlSegments.FRENCH), p);
    }

    /**
     * The parts of the search index (all under search/ but its entry file) are precached with the shell while both
     * fit the budget, so that search works offline from the first visit; above it they wait, like pages.
     */
    @Test
    void theSearchIndexPartsArePrecachedOnlyWhileTheyFitWithTheShell() {
        List<OutputFile> all = new ArrayList<>(site());
        List<OutputFile> parts = List.of(OutputFile.text("search/0123456789ab-p0.json", "p".repeat(500)),
                OutputFile.text("search/0123456789ab-t0.json", "t".repeat(500)));
        all.addAll(parts);
        all.sort(java.util.Comparator.comparing(OutputFile::path));
        long shell = PrecachePlan.bytes(all.stream().filter(f -> PrecachePlan.isShell(f.path(), UrlSegments.FRENCH)).toList());
        assertTrue(shell + 1000 < PrecachePlan.bytes(all), "the site is above both budgets below");

        PrecachePlan fits = PrecachePlan.of(all, shell + 1000, UrlSegments.FRENCH);
        assertTrue(fits.precached().containsAll(parts), "parts and shell fit: precached");
        PrecachePlan tooLarge = PrecachePlan.of(all, shell + 999, UrlSegments.FRENCH);
        assertTrue(tooLarge.onDemand().containsAll(parts), "one byte over: the parts wait");
        assertTrue(tooLarge.precached().stream().anyMatch(f -> f.path().equals("search/index.json")), "the entry file stays");
        assertEquals(tooLarge.precached().stream().sorted(java.util.Comparator.comparing(OutputFile::path)).toList(),
                tooLarge.precached(), "sorted by path");
    }
}
