package org.vademecum.search;

import org.vademecum.browser.Browser;
import org.vademecum.browser.RealSite;
import org.vademecum.browser.SiteServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The search benchmark (bench/search/run.sh): index size raw and gzip for the real content and for a synthetic
 * 1,000-page site, both built by the real pipeline, and the time of a query in headless Chromium.
 *
 * <pre>SearchBenchmark [--project DIR] [--pages N] [--work DIR] [--runs N]</pre>
 */
public final class SearchBenchmark {
    /** Queries typed letter by letter and whole, typos and worst cases (short prefixes scan many terms). */
    static final List<String> EXTRA_QUERIES = List.of("d", "o", "os", "co", "ost", "oste", "osteo", "osteop",
            "osteopo", "osteopor", "osteoporo", "densite mi", "densite minerale os", "fractur", "fracture verteb",
            "zolendronate", "denosumabb", "teriparatdie", "vitamine", "traitement de l'osteoporose post menopausique",
            "calcium vitamine d chute fracture hanche");

    public static void main(String[] args) throws Exception {
        Path project = Path.of(".");
        Path work = Path.of("target/search-bench");
        int pages = 1000;
        int runs = 50;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--project" -> project = Path.of(args[++i]);
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<String> queries = new ArrayList<>(queryFile());
        queries.addAll(EXTRA_QUERIES);

        Path synthetic = work.resolve("synthetic-" + pages);
        deleteTree(synthetic);
        Files.createDirectories(synthetic);
        SyntheticSite.write(project, synthetic, pages, 42);

        System.out.printf(Locale.ROOT, "Search benchmark: %d queries x %d runs, headless Chromium %s, %s%n%n",
                queries.size(), runs, Browser.CHROMIUM, System.getProperty("os.arch"));
        System.out.println("| site | pages | documents | terms | build (ms) | index raw | gzip -6 | gzip -9 | index load (ms) | query median (ms) | p95 (ms) | max (ms) | slowest query |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        ChromeDriver driver = Browser.start(1280, 800, true);
        try {
            for (Path site : List.of(project, synthetic)) {
                long start = System.nanoTime();
                try (SiteServer served = new SiteServer(RealSite.build(site))) {
                    long buildMs = (System.nanoTime() - start) / 1_000_000;
                    byte[] index = served.files().get("search-index.json");
                    long htmlPages = served.files().keySet().stream().filter(p -> p.endsWith(".html")).count();
                    driver.get(served.url("/recherche/"));
                    @SuppressWarnings("unchecked")
                    Map<String, Object> r = (Map<String, Object>) driver.executeAsyncScript(TIMING_SCRIPT, queries, runs);
                    @SuppressWarnings("unchecked")
                    List<Number> times = (List<Number>) r.get("times");
                    List<Double> sorted = times.stream().map(Number::doubleValue).sorted().toList();
                    int slowest = 0;
                    for (int i = 1; i < times.size(); i++) if (times.get(i).doubleValue() > times.get(slowest).doubleValue()) slowest = i;
                    System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %d | %s | %s | %s | %.1f | %.3f | %.3f | %.3f | %s |%n",
                            site == project ? "real content" : "synthetic", htmlPages, r.get("docs"), r.get("terms"), buildMs,
                            kb(index.length), kb(gzip(index, 6)), kb(gzip(index, 9)), ((Number) r.get("load")).doubleValue(),
                            percentile(sorted, 0.5), percentile(sorted, 0.95), sorted.get(sorted.size() - 1), queries.get(slowest));
                }
            }
        } finally {
            driver.quit();
        }
        System.out.println();
        System.out.println("query time = mean of `runs` consecutive Index.search(q, 50) calls per query, after 3 warm-up calls"
                + " (performance.now() has 0.1 ms resolution here); median/p95/max are over the queries. index load = fetch + JSON parse + reader set-up, first search.");
    }

    /** Runs in the page: loads the index, then times each query {@code runs} times after a warm-up. */
    static final String TIMING_SCRIPT = """
            var queries = arguments[0], runs = arguments[1], done = arguments[arguments.length - 1];
            var t0 = performance.now();
            VademecumSearch.load().then(function (index) {
              var load = performance.now() - t0;
              var times = queries.map(function (q) {
                for (var w = 0; w < 3; w++) index.search(q, 50);
                var s = performance.now();
                for (var i = 0; i < runs; i++) index.search(q, 50);
                return (performance.now() - s) / runs;
              });
              done({ load: load, times: times, docs: index.docs.length, terms: index.terms.length });
            }, function (e) { done({ error: String(e) }); });
            """;

    static List<String> queryFile() throws IOException {
        try (InputStream in = SearchBenchmark.class.getResourceAsStream("/search/queries.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.substring(0, l.indexOf('\t')))
                    .toList();
        }
    }

    static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    static int gzip(byte[] data, int level) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(level);
            }
        }) {
            gz.write(data);
        }
        return out.size();
    }

    static String kb(int bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private SearchBenchmark() {}

}
