package org.vademecum.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page of the real site in headless Chromium at 390×844 (issue 5): no console error, no failed request, no
 * request to another host, no Content-Security-Policy violation; and with JavaScript off, the main content is
 * all there.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class SiteBrowserTest extends PhoneOnRealSite {
    private ChromeDriver noJs;

    @BeforeAll
    void startNoJs() {
        Browser.recordCspViolations(driver);
        noJs = Browser.start(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT, false);
    }

    @AfterAll
    void stopNoJs() {
        Browser.quit(noJs);
    }

    /** Visible text of {@code <main>}, whitespace collapsed. */
    private static String mainText(ChromeDriver d) {
        return ((String) d.executeScript("return document.querySelector('main').innerText;")).replaceAll("\\s+", " ").strip();
    }

    /** Main text of each page with JavaScript, gathered by the first test for the no-JavaScript one. */
    private final Map<String, String> withJs = new java.util.TreeMap<>();

    @Test
    @org.junit.jupiter.api.Order(1)
    void noConsoleErrorNoFailedRequestNoOtherHostAndTheCspHolds() {
        List<String> problems = new ArrayList<>();
        List<String> pages = RealSite.linkedPages();
        for (String page : pages) {
            server.clearRequests();
            Browser.open(driver, server.url(page));
            // let deferred scripts, the search index and the service worker do their work
            driver.executeAsyncScript("var done = arguments[arguments.length - 1]; setTimeout(done, 150);");
            Browser.consoleErrors(driver).forEach(e -> problems.add(page + ": console: " + e));
            Browser.cspViolations(driver).forEach(v -> problems.add(page + ": CSP: " + v));
            server.requests().stream().filter(r -> r.status() >= 400).forEach(r -> problems.add(page + ": HTTP " + r.status() + " " + r.path()));
            @SuppressWarnings("unchecked")
            List<String> entries = (List<String>) driver.executeScript(
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
                            + ".concat(performance.getEntriesByType('navigation').map(function (e) { return e.name; }));");
            for (String url : entries) {
                if (!url.startsWith(server.origin() + "/")) problems.add(page + ": request to another host: " + url);
            }
            @SuppressWarnings("unchecked")
            List<Object> failed = (List<Object>) driver.executeScript(
                    "return performance.getEntriesByType('resource').filter(function (e) {"
                            + " return e.responseStatus >= 400; }).map(function (e) { return e.name + ' ' + e.responseStatus; });");
            failed.forEach(f -> problems.add(page + ": failed " + f));
            withJs.put(page, mainText(driver));
        }
        assertTrue(pages.size() > 20);
        assertEquals(List.of(), problems);
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void theCspListenerReportsViolations() {
        Browser.open(driver, server.url("/"));
        driver.executeScript("var s = document.createElement('script'); s.textContent = 'window.x = 1'; document.head.appendChild(s);"
                + "var l = document.createElement('link'); l.rel = 'stylesheet'; l.href = 'https://example.org/x.css'; document.head.appendChild(l);");
        driver.executeAsyncScript("var done = arguments[arguments.length - 1]; setTimeout(done, 200);");
        List<String> v = Browser.cspViolations(driver);
        assertTrue(v.stream().anyMatch(s -> s.startsWith("script-src")), "inline script blocked and reported: " + v);
        assertTrue(v.stream().anyMatch(s -> s.startsWith("style-src")), "other host's stylesheet blocked and reported: " + v);
        Browser.consoleErrors(driver); // drop the messages of this deliberate breakage
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void withJavaScriptOffTheMainContentIsThere() {
        List<String> problems = new ArrayList<>();
        for (String page : RealSite.linkedPages()) {
            String with = withJs.get(page);
            if (with == null) {
                Browser.open(driver, server.url(page));
                with = mainText(driver);
            }
            Browser.open(noJs, server.url(page));
            String without = mainText(noJs);
            // On a loaded machine the first layout may not be done when the load event fires: ask again briefly.
            for (int i = 0; i < 50 && without.length() < 0.9 * with.length(); i++) {
                sleepMs(100);
                without = mainText(noJs);
            }
            // The search page's results need JavaScript: its <noscript> says so (which also proves that scripts
            // are off in this browser) and links to the indexes instead.
            if (page.equals("/recherche/")) {
                if (!without.contains("JavaScript")) problems.add(page + ": no explanation without JavaScript");
                continue;
            }
            if (without.length() < 0.9 * with.length()) {
                problems.add(page + ": main text " + without.length() + " characters without JavaScript, " + with.length() + " with");
            }
            String h1 = (String) noJs.executeScript("var h = document.querySelector('h1'); return h ? h.innerText : '';");
            if (h1.isBlank()) problems.add(page + ": no visible h1 without JavaScript");
        }
        assertEquals(List.of(), problems);
    }

    private static void sleepMs(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
