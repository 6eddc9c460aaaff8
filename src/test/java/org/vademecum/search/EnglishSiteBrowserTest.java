package org.vademecum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vademecum.browser.Browser;
import org.vademecum.browser.RealSite;
import org.vademecum.browser.SiteServer;
import org.vademecum.testing.Fixtures;

/**
 * Issue 11, in Chromium on the English fixture guideline: search.js picks the English rules from
 * {@code <html lang="en">} and speaks English; tree.js reads an old link written with {@code oui}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglishSiteBrowserTest {
    SiteServer server;
    ChromeDriver driver;

    @BeforeAll
    void start() {
        server = new SiteServer(RealSite.build(Fixtures.fixture("english")));
        driver = Browser.phone();
    }

    @AfterAll
    void stop() {
        Browser.quit(driver);
        if (server != null) server.close();
    }

    @Test
    void englishQueriesWithOtherFormsFindTheirPages() {
        for (List<String> row : List.of(List.of("sedative", "/assessment/medicines/"),
                List.of("screened", "#screen-for-falls"), List.of("falling", "/arbres/falls-risk/"))) {
            driver.get(server.url("/recherche/?q=" + row.get(0)));
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            wait.until(d -> !d.findElement(By.cssSelector("[data-search-status]")).getText().isEmpty());
            List<String> hrefs = driver.findElements(By.cssSelector("[data-search-results] a")).stream()
                    .limit(3).map(a -> a.getDomAttribute("href")).toList();
            assertTrue(hrefs.stream().anyMatch(h -> h.contains(row.get(1))), row + ": " + hrefs);
            String status = driver.findElement(By.cssSelector("[data-search-status]")).getText();
            assertTrue(status.matches("\\d+ results? for “" + row.get(0) + "”.*"), status);
        }
    }

    @Test
    void anOldTreeLinkWithOuiStillWorks() {
        driver.get(server.url("/arbres/falls-risk/?fallen=oui"));
        WebElement page = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector(".tree-page[data-outcome]")));
        assertEquals("high-risk", page.getDomAttribute("data-outcome"));
        String path = driver.findElement(By.cssSelector(".tree-path")).getText();
        assertTrue(path.contains("Fall in the past year: Yes"), path);
    }

    /** The labels of a card's facts ("Population", "Source") are followed by an English colon, with no space before. */
    @Test
    void factLabelsTakeTheLanguagesColon() {
        driver.get(server.url("/recommandations/"));
        String script = "var dt = Array.prototype.find.call(document.querySelectorAll('.rec-facts dt'),"
                + " function (d) { return d.offsetParent !== null; });"
                + "return dt ? getComputedStyle(dt, '::after').content : 'no visible label';";
        String after = new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> { Object c = driver.executeScript(script); return "none".equals(c) ? null : (String) c; });
        assertEquals("\": \"", after);
    }
}
