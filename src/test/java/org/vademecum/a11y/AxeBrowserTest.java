package org.vademecum.a11y;

import org.vademecum.browser.PhoneOnRealSite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vademecum.browser.Axe;
import org.vademecum.browser.Browser;
import org.vademecum.browser.RealSite;

/**
 * axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any page of the real site, in the light and the dark
 * colour scheme, on a 390 px phone (issue 5). Contrast is part of these rules.
 */
class AxeBrowserTest extends PhoneOnRealSite {
    /** Each page is loaded once and checked in both schemes (the emulated scheme applies without reloading). */
    @Test
    void noViolationOnAnyPageInTheLightAndTheDarkColourScheme() {
        List<String> problems = new ArrayList<>();
        List<String> pages = RealSite.pages();
        assertTrue(pages.size() > 20, "the real site has its pages");
        try {
            for (String page : pages) {
                Browser.colorScheme(driver, "light");
                Browser.open(driver, server.url(page));
                for (String v : Axe.violations(driver)) problems.add(page + " (light): " + v);
                Browser.colorScheme(driver, "dark");
                Object dark = driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches;");
                if (!Boolean.TRUE.equals(dark)) problems.add(page + ": dark scheme not applied");
                for (String v : Axe.violations(driver)) problems.add(page + " (dark): " + v);
            }
        } finally {
            Browser.media(driver, "");
        }
        assertEquals(List.of(), problems, "axe-core " + Axe.VERSION + " violations");
    }

    @Test
    void axeFindsViolationsWhenThereAreSome() {
        Browser.open(driver, server.url("/"));
        driver.executeScript("var i = document.createElement('img'); i.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';"
                + "document.querySelector('main').appendChild(i);"
                + "var b = document.createElement('button'); document.querySelector('main').appendChild(b);");
        List<String> v = Axe.violations(driver);
        assertTrue(v.stream().anyMatch(s -> s.startsWith("image-alt")), String.valueOf(v));
        assertTrue(v.stream().anyMatch(s -> s.startsWith("button-name")), String.valueOf(v));
    }
}
