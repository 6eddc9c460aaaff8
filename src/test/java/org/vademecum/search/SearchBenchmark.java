package org.vademecum.search;

import org.vademecum.browser.Browser;
import org.vademecum.browser.RealSite;
import org.vademecum.browser.SiteServer;
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
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The search benchmark (bench/search/run.sh): for the real content and for a synthetic N-page site (or any built
 * site given with {@code --site}), built by the real pipeline: the whole index raw and gzip, what search.js
 * fetches before it shows the first results of typical queries (the files it requests in headless Chromium,
 * summed raw and gzip), and the time of a query once its files are in.
 *
 * <pre>SearchBenchmark [--project DIR] [--pages N] [--work DIR] [--runs N] [--site BUILT_DIR]...</pre>
 */
public final class SearchBenchmark {
    /** Queries typed letter by letter and whole, typos and worst cases (short prefixes scan many terms). */
    /** Queries whose first results' cost is reported: typical words, a typo, two letters, a long query. */
    static final List<String> FIRST_QUERIES = List.of("dmo", "osteoporose", "fracture vertebrale", "zolendronate",
            "traitement", "co", "insuffisance renale", "calcium vitamine d chute fracture hanche");

    static final List<String> EXTRA_QUERIES = List.of("d", "o", "os", "co", "ost", "oste", "osteo", "osteop",
            "osteopo", "osteopor", "osteoporo", "densite mi", "densite minerale os", "fractur", "fracture verteb",
            "zolendronate", "denosumabb", "teriparatdie", "vitamine", "traitement de l'osteoporose post menopausique",
            "calcium vitamine d chute fracture hanche");

    public static void main(String[] args) throws Exception {
        Path project = Path.of(".");
        Path work = Path.of("target/search-bench");
        int pages = 1000;
        int runs = 50;
        List<Path> builtSites = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--project" -> project = Path.of(args[++i]);
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--site" -> builtSites.add(Path.of(args[++i]));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<String> queries = new ArrayList<>(queryFile());
        queries.addAll(EXTRA_QUERIES);

        java.util.LinkedHashMap<String, java.util.function.Supplier<Map<String, byte[]>>> sites = new java.util.LinkedHashMap<>();
        if (builtSites.isEmpty()) {
            Path synthetic = work.resolve("synthetic-" + pages);
            deleteTree(synthetic);
            Files.createDirectories(synthetic);
            SyntheticSite.write(project, synthetic, pages, 42);
            Path real = project;
            sites.put("real content", () -> RealSite.build(real));
            sites.put("synthetic", () -> RealSite.build(synthetic));
        } else {
            for (Path site : builtSites) sites.put(site.getFileName().toString(), () -> read(site));
        }

        System.out.printf(Locale.ROOT, "Search benchmark: %d queries x %d runs, headless Chromium %s, %s%n%n",
                queries.size(), runs, Browser.CHROMIUM, System.getProperty("os.arch"));
        List<String> firstRows = new ArrayList<>();
        System.out.println("| site | pages | documents | terms | search files | whole index raw | gzip -6 | entry gzip | first query: index load (ms) | query median (ms) | p95 (ms) | max (ms) | slowest query |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        ChromeDriver driver = Browser.start(1280, 800, true);
        try {
            for (Map.Entry<String, java.util.function.Supplier<Map<String, byte[]>>> site : sites.entrySet()) {
                long start = System.nanoTime();
                Map<String, byte[]> built = site.getValue().get();
                try (SiteServer served = new SiteServer(built)) {
                    long buildMs = (System.nanoTime() - start) / 1_000_000;
                    System.err.println(site.getKey() + ": built or read in " + buildMs + " ms");
                    SearchIndexFiles index = new SearchIndexFiles(built);
                    long htmlPages = built.keySet().stream().filter(p -> p.endsWith(".html")).count();
                    for (String query : FIRST_QUERIES) {
                        for (int shown : new int[] {8, 10}) {
                            driver.get(served.url("/recherche/"));
                            @SuppressWarnings("unchecked")
                            List<String> fetched = (List<String>) driver.executeAsyncScript(FETCHED_SCRIPT, query, shown);
                            List<String> paths = fetched.stream().map(p -> p.substring(1)).toList();
                            firstRows.add(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %d |", site.getKey(), query,
                                    shown, kb(index.raw(paths)), kb(index.gzip(paths)), paths.size()));
                        }
                    }
                    driver.get(served.url("/recherche/"));
                    @SuppressWarnings("unchecked")
                    Map<String, Object> r = (Map<String, Object>) driver.executeAsyncScript(TIMING_SCRIPT, queries, runs);
                    if (r.get("error") != null) throw new IllegalStateException(String.valueOf(r.get("error")));
                    @SuppressWarnings("unchecked")
                    List<Number> times = (List<Number>) r.get("times");
                    List<Double> sorted = times.stream().map(Number::doubleValue).sorted().toList();
                    int slowest = 0;
                    for (int i = 1; i < times.size(); i++) if (times.get(i).doubleValue() > times.get(slowest).doubleValue()) slowest = i;
                    System.out.printf(Locale.ROOT, "| %s | %d | %s | %d | %d | %s | %s | %s | %.1f | %.3f | %.3f | %.3f | %s |%n",
                            site.getKey(), htmlPages, r.get("docs"), index.terms.size(), index.files.size(),
                            kb(index.raw(index.files.keySet())), kb(index.gzip(index.files.keySet())),
                            kb(index.gzip(SearchIndexBuilder.ENTRY)), ((Number) r.get("load")).doubleValue(),
                            percentile(sorted, 0.5), percentile(sorted, 0.95), sorted.get(sorted.size() - 1), queries.get(slowest));
                }
            }
        } finally {
            driver.quit();
        }
        System.out.println();
        System.out.println("query time = mean of `runs` consecutive Index.search(q, 50) calls per query once the query's files are in, after 3 warm-up calls"
                + " (performance.now() has 0.1 ms resolution here); median/p95/max are over the queries. index load = fetch, parse and set-up of the entry file plus the files of the first query."
                + " whole index gzip = sum of each file gzipped on its own.");
        System.out.println();
        System.out.println("Fetched before the first results (a fresh page; the files search.js requests, each gzipped on its own): 8 = the header's list, 10 = the first batch of the results page.");
        System.out.println();
        System.out.println("| site | query | results | raw | gzip -6 | files |");
        System.out.println("|---|---|---|---|---|---|");
        firstRows.forEach(System.out::println);
    }

    /** Every file of a built site folder by site-relative path. */
    static Map<String, byte[]> read(Path dir) {
        Map<String, byte[]> out = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** Runs one query in a fresh page and returns the paths of the search files it fetched. */
    static final String FETCHED_SCRIPT = """
            var query = arguments[0], shown = arguments[1], done = arguments[arguments.length - 1];
            VademecumSearch.load().then(function (index) { return index.run(query, 50, shown); }).then(function () {
              done(performance.getEntriesByType('resource').map(function (e) { return new URL(e.name).pathname; })
                  .filter(function (p) { return p.indexOf('/search/') === 0; }));
            }, function (e) { done(['error ' + e]); });
            """;

    /** Runs in the page: loads the index, then times each query {@code runs} times after a warm-up. */
    static final String TIMING_SCRIPT = """
            var queries = arguments[0], runs = arguments[1], done = arguments[arguments.length - 1];
            var t0 = performance.now();
            var index, load;
            VademecumSearch.load().then(function (ix) { index = ix; return index.run(queries[0], 50); }).then(function () {
              load = performance.now() - t0;
              // every query's files first, then the timing of the search itself
              return queries.reduce(function (p, q) { return p.then(function () { return index.run(q, 50); }); }, Promise.resolve());
            }).then(function () {
              var times = queries.map(function (q) {
                for (var w = 0; w < 3; w++) index.search(q, 50);
                var s = performance.now();
                for (var i = 0; i < runs; i++) index.search(q, 50);
                return (performance.now() - s) / runs;
              });
              done({ load: load, times: times, docs: index.count });
            }).catch(function (e) { done({ error: String(e) }); });
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
