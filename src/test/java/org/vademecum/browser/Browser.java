package org.vademecum.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium for the browser tests, driven by Debian's chromedriver (nothing is downloaded), with a
 * fresh profile per browser. Tests assume {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} exist
 * ({@code .ci/run} installs them) and FAIL, not skip, when they do not. Start one browser per test class.
 */
public final class Browser {
    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** A phone: CSS pixels of the window the tests use unless told otherwise. */
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;

    private Browser() {}

    /** Fails the calling test with an explanation when Chromium or its driver is missing. */
    public static void requireInstalled() {
        assertTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)),
                "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
    }

    /** A phone-sized browser with JavaScript on and the console captured. */
    public static ChromeDriver phone() {
        return start(PHONE_WIDTH, PHONE_HEIGHT, true);
    }

    /**
     * A new headless browser, {@code width}×{@code height}; with {@code javascript} false, scripts are blocked by
     * the browser's content settings (as a reader who turned JavaScript off). Console messages are kept
     * (see {@link #consoleErrors}).
     */
    public static ChromeDriver start(int width, int height, boolean javascript) {
        requireInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--window-size=" + width + "," + height);
        if (!javascript) options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // The viewport, exactly (the window size of headless Chromium includes no browser chrome, but be sure).
        viewport(driver, width, height);
        // The content setting above may reach the renderer after the first page has run its scripts: make sure.
        if (!javascript) driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        return driver;
    }

    /**
     * Opens {@code url} and waits until the whole document is parsed and loaded. With scripts off, WebDriver's
     * {@code get} has been seen to return while the page was still being parsed (part of its elements missing).
     */
    public static void open(ChromeDriver driver, String url) {
        driver.get(url);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!"complete".equals(driver.executeScript("return document.readyState;"))) {
            if (System.nanoTime() > deadline) throw new AssertionError(url + " still loading after 10 s");
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while " + url + " loads");
            }
        }
    }

    /** Emulates a {@code width}×{@code height} CSS-pixel phone viewport. */
    public static void viewport(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", true));
    }

    /** {@code "light"} or {@code "dark"}: the value of prefers-color-scheme the pages see. */
    public static void colorScheme(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /**
     * Emulates {@code "print"} media, or {@code ""} to stop emulating (and the colour scheme too). Beware that
     * {@code "screen"} would stay forced while printing to PDF.
     */
    public static void media(ChromeDriver driver, String media) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media, "features", List.of()));
    }

    /**
     * From now on every page of this browser records Content-Security-Policy violations in
     * {@code window.__cspViolations}, from its very first script on (read them with {@link #cspViolations}).
     */
    public static void recordCspViolations(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__cspViolations = [];"
                        + "document.addEventListener('securitypolicyviolation', function (e) {"
                        + "  window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')"
                        + "    + ' at ' + e.sourceFile + ':' + e.lineNumber); });"));
    }

    @SuppressWarnings("unchecked")
    public static List<String> cspViolations(ChromeDriver driver) {
        Object v = ((JavascriptExecutor) driver).executeScript("return window.__cspViolations || null;");
        if (v == null) throw new AssertionError("the CSP listener is not installed on " + driver.getCurrentUrl());
        return new ArrayList<>((List<String>) v);
    }

    /** Console errors (level SEVERE) since the last call, as "message" strings. */
    public static List<String> consoleErrors(ChromeDriver driver) {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) out.add(e.getMessage());
        }
        return out;
    }

    /** All console messages since the last call (any level). */
    public static List<String> consoleMessages(ChromeDriver driver) {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) out.add(e.getLevel() + " " + e.getMessage());
        return out;
    }

    /**
     * Taps the first element {@code css} matches as a finger would, for tests that tap hundreds of times: the
     * element is scrolled into view when it is not in it, must have a size and be what the page shows at its centre
     * (not covered, not hidden), and gets a real (trusted) mouse press and release there, which the browser
     * hit-tests and dispatches as for a user. WebDriver's click does the same checks in about four times as long.
     * Fails with what is wrong when the element cannot be tapped.
     */
    public static void tap(ChromeDriver driver, String css) {
        Object where = ((JavascriptExecutor) driver).executeScript(
                "var e = document.querySelector(arguments[0]);"
                        + "if (!e) return 'no element';"
                        + "var r = e.getBoundingClientRect();"
                        + "if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) {"
                        + "  e.scrollIntoView({block: 'center', inline: 'center'}); r = e.getBoundingClientRect(); }"
                        + "if (r.width === 0 || r.height === 0) return 'not displayed';"
                        + "var x = r.left + r.width / 2, y = r.top + r.height / 2, hit = document.elementFromPoint(x, y);"
                        + "if (!hit || !(hit === e || e.contains(hit)))"
                        + "  return 'covered by ' + (hit ? hit.tagName + '.' + hit.className : 'nothing');"
                        + "return [x, y];", css);
        if (!(where instanceof List<?> xy)) throw new AssertionError("cannot tap " + css + ": " + where);
        for (String type : List.of("mousePressed", "mouseReleased")) {
            driver.executeCdpCommand("Input.dispatchMouseEvent", Map.of("type", type, "x", xy.get(0), "y", xy.get(1),
                    "button", "left", "clickCount", 1));
        }
    }

    /** Quits quietly (for {@code @AfterAll}). */
    public static void quit(ChromeDriver driver) {
        if (driver != null) {
            try {
                driver.quit();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }
}
