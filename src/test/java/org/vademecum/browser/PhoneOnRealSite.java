package org.vademecum.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Base of the browser tests that look at the real guide as a phone user: one server for the real built site
 * and one 390×844 headless Chromium per test class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PhoneOnRealSite {
    protected SiteServer server;
    protected ChromeDriver driver;

    @BeforeAll
    void startPhone() {
        server = new SiteServer(RealSite.files());
        driver = Browser.phone();
    }

    @AfterAll
    void stopPhone() {
        Browser.quit(driver);
        if (server != null) server.close();
    }
}
