package org.vademecum.offline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vademecum.pipeline.BuildOptions;
import org.vademecum.pipeline.SitePipeline;
import org.vademecum.output.OutputFile;

/**
 * Prints the first-load weight of every page of a project's site (run by {@code bench/budget/run.sh}):
 * {@code BudgetReport [--project DIR]}. Exit status 1 when a page is over budget, a web font or another host is found.
 */
public final class BudgetReport {
    public static void main(String[] args) {
        Path project = Path.of(".");
        for (int i = 0; i < args.length; i++) if (args[i].equals("--project")) project = Path.of(args[++i]);
        long start = System.nanoTime();
        Map<String, byte[]> files = new TreeMap<>();
        for (OutputFile f : SitePipeline.build(BuildOptions.of(project)).files()) files.put(f.path(), f.bytes());
        long buildMs = (System.nanoTime() - start) / 1_000_000;
        List<PageBudget.PageWeight> weights = PageBudget.measure(files);
        System.out.printf("%-58s %8s %8s %8s %8s %6s%n", "page (gzip bytes)", "html", "css", "js", "total", "left");
        for (PageBudget.PageWeight w : weights) {
            System.out.printf("%-58s %8d %8d %8d %8d %6d%s%n", w.page(), w.htmlGzip(), w.cssGzip(), w.jsGzip(), w.total(),
                    PageBudget.LIMIT - w.total(), w.total() > PageBudget.LIMIT ? "  OVER" : "");
        }
        PageBudget.PageWeight max = weights.stream().max(java.util.Comparator.comparingInt(PageBudget.PageWeight::total)).orElseThrow();
        int median = weights.stream().mapToInt(PageBudget.PageWeight::total).sorted().toArray()[weights.size() / 2];
        long over = weights.stream().filter(w -> w.total() > PageBudget.LIMIT).count();
        List<String> fonts = PageBudget.webFonts(files);
        List<String> hosts = PageBudget.otherHosts(files);
        System.out.printf("%n%d pages, budget %d bytes: median %d, max %d (%s), %d over%n", weights.size(), PageBudget.LIMIT,
                median, max.total(), max.page(), over);
        System.out.println("web fonts: " + (fonts.isEmpty() ? "none" : fonts));
        System.out.println("requests to other hosts: " + (hosts.isEmpty() ? "none" : hosts));
        int precache = files.values().stream().mapToInt(b -> b.length).sum();
        System.out.printf("whole site (what the service worker precaches): %d files, %d bytes raw, %d bytes gzip; build %d ms%n",
                files.size(), precache, files.values().stream().mapToInt(PageBudget::gzip).sum(), buildMs);
        if (over > 0 || !fonts.isEmpty() || !hosts.isEmpty()) System.exit(1);
    }
}
