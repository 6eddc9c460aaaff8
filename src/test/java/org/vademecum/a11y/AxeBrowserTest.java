package org.vademecum.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.vademecum.browser.Axe;
import org.vademecum.browser.Browser;
import org.vademecum.browser.RealSite;
import org.vademecum.browser.SiteServer;

/**
 * axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any page of the real site, in the light and the dark
 * colour scheme, on a 390 px phone (issue 5). Contrast is part of these rules.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AxeBrowserTest {
    private SiteServer server;
    private ChromeDriver driver;

    @BeforeAll
    void start() {
        server = new SiteServer(RealSite.files());
        driver = Browser.phone();
    }

    @AfterAll
    void stop() {
        Browser.quit(driver);
        if (server != null) server.close();
    }

    @ParameterizedTest(name = "{0} colour scheme")
    @ValueSource(strings = {"light", "dark"})
    void noViolationOnAnyPage(String scheme) {
        Browser.colorScheme(driver, scheme);
        List<String> problems = new ArrayList<>();
        List<String> pages = RealSite.pages();
        assertTrue(pages.size() > 20, "the real site has its pages");
        for (String page : pages) {
            driver.get(server.url(page));
            for (String v : Axe.violations(driver)) problems.add(page + ": " + v);
        }
        assertEquals(List.of(), problems, "axe-core " + Axe.VERSION + " violations (" + scheme + ")");
    }
}
