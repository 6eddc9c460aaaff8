package org.vademecum.search;

import org.vademecum.browser.Browser;
import org.vademecum.browser.RealSite;
import org.vademecum.browser.SiteServer;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/** Prints the first results of queries, for tuning: {@code SearchProbe PROJECT_DIR query...}. */
public final class SearchProbe {
    public static void main(String[] args) throws Exception {
        try (SiteServer site = new SiteServer(RealSite.build(Path.of(args[0])))) {
            ChromeDriver driver = Browser.start(1200, 900, true);
            try {
                driver.get(site.url("/recherche/"));
                for (int i = 1; i < args.length; i++) {
                    Object r = driver.executeAsyncScript(
                            "var q = arguments[0], done = arguments[arguments.length - 1];"
                                    + "VademecumSearch.load().then(function (ix) { return ix.run(q, 5).then(function (f) {"
                                    + "done([f.terms.join(' ') + ' / ' + Array.from(f.matched).join(' ')].concat(f.results.map(function (h) { var d = ix.docs[h.doc]; return h.count + ' ' + h.score.toFixed(1) + ' ' + d[0] + ' [' + d[1] + '] ' + d[2]; }))); }); })",
                            args[i]);
                    System.out.println("## " + args[i]);
                    ((List<?>) r).forEach(x -> System.out.println("   " + x));
                }
            } finally {
                driver.quit();
            }
        }
    }
}
