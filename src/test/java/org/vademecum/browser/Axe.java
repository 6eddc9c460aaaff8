package org.vademecum.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (from its WebJar) injected into the current page through WebDriver, run on the WCAG 2.0/2.1/2.2 A and
 * AA rules. WebDriver scripts are not subject to the page's Content-Security-Policy.
 */
public final class Axe {
    public static final String VERSION = "4.6.3";
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static String source;

    private Axe() {}

    private static synchronized String source() {
        if (source == null) {
            String path = "/META-INF/resources/webjars/axe-core/" + VERSION + "/axe.min.js";
            try (InputStream in = Axe.class.getResourceAsStream(path)) {
                if (in == null) throw new IllegalStateException("axe-core WebJar missing from the test classpath: " + path);
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /**
     * The violations on the current page, one line each: "rule (impact): help — targets". The target-size rule
     * (WCAG 2.2 AA, 2.5.8) is off by default in this axe version and is switched on here.
     */
    @SuppressWarnings("unchecked")
    public static List<String> violations(ChromeDriver driver) {
        Object loaded = driver.executeScript("return typeof window.axe === 'object';");
        if (!Boolean.TRUE.equals(loaded)) driver.executeScript(source());
        Object result = driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, { runOnly: { type: 'tag', values: " + json(TAGS) + " },"
                        + "  rules: { 'target-size': { enabled: true } }, resultTypes: ['violations'] })"
                        + ".then(function (r) { done(r.violations.map(function (v) {"
                        + "  return v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 5).map(function (n) {"
                        + "    return n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : ''); }).join(' | '); })); },"
                        + "  function (e) { done(['axe failed: ' + e]); });");
        return (List<String>) result;
    }

    private static String json(List<String> values) {
        return "[" + String.join(",", values.stream().map(v -> "'" + v + "'").toList()) + "]";
    }
}
