package org.vademecum.a11y;

import org.vademecum.browser.PhoneOnRealSite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.vademecum.browser.Browser;
import org.vademecum.browser.RealSite;

/**
 * Usable by everyone (issue 5): no horizontal scrolling of the page at 320 px, nor at 200 % text size on a phone;
 * the keyboard reaches everything with a visible focus, starting with the skip link.
 */
class LayoutBrowserTest extends PhoneOnRealSite {
    /**
     * How many CSS pixels the page is wider than the layout viewport (0 when it fits). Not window.innerWidth: a
     * phone zooms out to show content that is too wide, and innerWidth grows with it.
     */
    private long overflow() {
        return (Long) driver.executeScript("var d = document.documentElement; return Math.max(0, d.scrollWidth - d.clientWidth);");
    }

    /** The outermost elements that stick out of the viewport (not those inside a scrolling box), for the message. */
    private String culprits() {
        return String.valueOf(driver.executeScript("var w = document.documentElement.clientWidth, out = [];"
                + "function clipped(e) { for (var p = e.parentElement; p && p !== document.body; p = p.parentElement) {"
                + "  if (getComputedStyle(p).overflowX !== 'visible') return true;"
                + "  if (p.getBoundingClientRect().right > w + 1) return true; } return false; }"
                + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                + "  if (r.right > w + 1 && !clipped(e) && out.length < 4) out.push(e.tagName.toLowerCase()"
                + "    + (e.className ? '.' + String(e.className).split(' ').join('.') : '') + ' \u2192 ' + Math.round(r.right)"
                + "    + ' «' + (e.textContent || '').trim().slice(0, 40) + '»'); });"
                + "return out.join(', ');"));
    }

    @Test
    void noHorizontalScrollAt320PixelsNorAt200PercentText() {
        List<String> problems = new ArrayList<>();
        try {
            // One load per page: opened at 320 px, then the same page turned to the phone's 390 px (as a phone
            // turned or a window widened: the layout follows the viewport, not the width at load time).
            for (String page : RealSite.pages()) {
                Browser.viewport(driver, 320, 640);
                Browser.open(driver, server.url(page));
                if (overflow() > 0) problems.add(page + " at 320 px: " + overflow() + " px too wide (" + culprits() + ")");
                Browser.viewport(driver, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
                // 200 % text: the reader's default font size doubled (every size of the theme is in rem or em).
                driver.executeScript("document.documentElement.style.fontSize = '200%';");
                if (overflow() > 0) problems.add(page + " at 200 % text: " + overflow() + " px too wide (" + culprits() + ")");
            }
        } finally {
            Browser.viewport(driver, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Issue 8: at 360 px every navigation entry (those of site.yaml and the World Osteoporosis Day kit) is one tap
     * away: visible, or visible after one tap on the menu toggle, inside the screen and 44 px high; the document
     * never scrolls sideways. On a wide screen the entries show without any tap.
     */
    @Test
    void everyNavigationEntryIsOneTapAwayAndNothingScrollsSideways() {
        List<String> problems = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s+link: (\\S+)")
                .matcher(readSiteYaml());
        while (m.find()) expected.add(m.group(1));
        if (RealSite.files().containsKey("journee-mondiale/index.html")) expected.add("/journee-mondiale/");
        try {
            Browser.viewport(driver, 360, 740);
            for (String page : List.of("/", "/arbres/arret-traitement/", "/recommandations/", "/traitement/suivi/")) {
                Browser.open(driver, server.url(page));
                if (overflow() > 0) problems.add(page + " at 360 px: " + overflow() + " px too wide (" + culprits() + ")");
                List<WebElement> links = driver.findElements(By.cssSelector(".site-nav a"));
                List<String> hrefs = links.stream().map(a -> a.getDomProperty("href").substring(server.origin().length())).toList();
                if (!hrefs.equals(expected)) problems.add(page + ": navigation " + hrefs + ", expected " + expected);
                if (links.stream().noneMatch(WebElement::isDisplayed)) {
                    WebElement toggle = driver.findElement(By.cssSelector(".site-menu-toggle"));
                    if (!toggle.isDisplayed() || toggle.getRect().getHeight() < 44) problems.add(page + ": no usable menu toggle");
                    toggle.click();
                }
                for (WebElement a : links) {
                    org.openqa.selenium.Rectangle r = a.getRect();
                    if (!a.isDisplayed() || r.getX() < 0 || r.getX() + r.getWidth() > 360 || r.getHeight() < 44) {
                        problems.add(page + ": entry " + a.getDomAttribute("href") + " not one tap away (" + r.getX() + ","
                                + r.getY() + " " + r.getWidth() + "x" + r.getHeight() + ")");
                    }
                }
                if (overflow() > 0) problems.add(page + " with the menu open: " + overflow() + " px too wide");
            }
            Browser.viewport(driver, 1100, 800);
            Browser.open(driver, server.url("/"));
            // Not isDisplayed(): WebDriver calls everything in a closed <details> hidden, whatever CSS shows.
            for (WebElement a : driver.findElements(By.cssSelector(".site-nav a"))) {
                Object shown = driver.executeScript("var r = arguments[0].getBoundingClientRect();"
                        + "var e = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                        + "return r.width > 0 && r.height > 0 && !!e && arguments[0].contains(e);", a);
                if (!Boolean.TRUE.equals(shown)) problems.add("wide screen: entry " + a.getDomAttribute("href") + " hidden");
            }
        } finally {
            Browser.viewport(driver, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        }
        assertEquals(List.of(), problems);
    }

    private static String readSiteYaml() {
        try {
            return java.nio.file.Files.readString(RealSite.project().resolve("content/site.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Issue 8: the filter by grade of /recommandations/ hides the other grades, and is keyboard-operable radios. */
    @Test
    void theRecommendationsFilterByGradeHidesTheOtherGrades() {
        Browser.open(driver, server.url("/recommandations/"));
        List<WebElement> cards = driver.findElements(By.cssSelector(".rec-list .rec-card"));
        assertTrue(cards.size() > 5);
        WebElement filter = driver.findElement(By.cssSelector("[data-rec-filter]"));
        assertTrue(filter.isDisplayed());
        List<WebElement> radios = filter.findElements(By.cssSelector("input[type=radio][name=grade]"));
        assertTrue(radios.size() >= 3, "all grades and at least two grades");
        for (WebElement radio : radios.subList(1, radios.size())) {
            String grade = radio.getDomAttribute("value");
            radio.click();
            int shown = 0;
            for (WebElement card : cards) {
                boolean ofGrade = card.getDomAttribute("class").contains("grade-" + grade);
                assertEquals(ofGrade, card.isDisplayed(), grade + ": " + card.getDomAttribute("id"));
                if (ofGrade) shown++;
            }
            assertTrue(shown > 0, grade);
            assertTrue(filter.findElement(By.cssSelector("[data-rec-filter-status]")).getText().contains(shown + " "));
            assertTrue(driver.getCurrentUrl().endsWith("?grade=" + grade), driver.getCurrentUrl());
        }
        // Keyboard: arrows move within the radio group, back to "all grades".
        radios.get(radios.size() - 1).sendKeys(Keys.ARROW_RIGHT);
        assertTrue(cards.stream().allMatch(WebElement::isDisplayed), "all grades again");
        // The jump list works without the filter: a link per recommendation, by number.
        List<WebElement> numbers = driver.findElements(By.cssSelector(".rec-jump-numbers a"));
        assertEquals(cards.size(), numbers.size());
        Browser.open(driver, server.url("/recommandations/?grade=A"));
        assertTrue(cards.size() > driver.findElements(By.cssSelector(".rec-list .rec-card")).stream().filter(WebElement::isDisplayed).count());
    }

    @Test
    void theOverflowCheckSeesAPageThatIsTooWide() {
        try {
            Browser.viewport(driver, 320, 640);
            Browser.open(driver, server.url("/"));
            driver.executeScript("var d = document.createElement('div'); d.style.width = '600px'; d.style.height = '10px';"
                    + "document.querySelector('main').appendChild(d);");
            assertTrue(overflow() >= 200, "a 600 px block on a 320 px screen is seen: " + overflow());
        } finally {
            Browser.viewport(driver, Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
        }
    }

    /**
     * Tabs through the page (at most {@code max} times); lists the focused elements whose focus is not visible
     * (no outline of 2 px or more, no shadow), and ends with the number of elements reached.
     */
    @SuppressWarnings("unchecked")
    /**
     * Opens the page and waits until it is loaded whole before the first Tab: on a loaded machine (two test
     * classes run at once) a Tab pressed as WebDriver's get returned was once lost (the tree page "reached 0
     * elements"); WebDriver's get has been seen to return before the document was complete.
     */
    private void openForKeyboard(String page) {
        Browser.open(driver, server.url(page));
    }

    private List<String> tabThrough(int max) {
        List<String> invisible = new ArrayList<>();
        int reached = 0;
        Actions keys = new Actions(driver);
        for (int i = 0; i < max; i++) {
            keys.sendKeys(Keys.TAB).perform();
            Map<String, Object> f = (Map<String, Object>) driver.executeScript("var e = document.activeElement;"
                    + "if (!e || e === document.body) return { done: true };"
                    + "var s = getComputedStyle(e), r = e.getBoundingClientRect();"
                    + "return { done: false, tag: e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' ' + (e.textContent || '').trim().slice(0, 30),"
                    + "  visible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',"
                    + "  onScreen: r.width > 0 && r.height > 0 };");
            if (Boolean.TRUE.equals(f.get("done"))) break;
            reached++;
            if (!Boolean.TRUE.equals(f.get("visible")) || !Boolean.TRUE.equals(f.get("onScreen"))) invisible.add(String.valueOf(f.get("tag")));
        }
        invisible.add(String.valueOf(reached));
        return invisible;
    }

    @Test
    void theKeyboardReachesEverythingWithAVisibleFocus() {
        List<String> problems = new ArrayList<>();
        for (String page : List.of("/", "/glossaire/", "/recherche/?q=dmo", "/arbres/indication-traitement/",
                "/journee-mondiale/affiche/", "/traitement/suivi/", "/hors-ligne/")) {
            openForKeyboard(page);
            List<String> result = tabThrough(150);
            int reached = Integer.parseInt(result.remove(result.size() - 1));
            if (reached < 8) problems.add(page + ": the keyboard reached only " + reached + " elements");
            result.forEach(e -> problems.add(page + ": focus not visible on " + e));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theSkipLinkComesFirstAndMovesToTheContent() {
        openForKeyboard("/traitement/suivi/");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement first = driver.switchTo().activeElement();
        assertEquals("Aller au contenu", first.getText());
        assertTrue(first.getRect().getY() >= 0, "the skip link shows when focused");
        first.sendKeys(Keys.ENTER);
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement next = driver.switchTo().activeElement();
        Object inMain = driver.executeScript("return !!arguments[0].closest('main');", next);
        assertEquals(Boolean.TRUE, inMain, "after the skip link, Tab goes on inside <main>: " + next.getText());
        assertTrue(driver.findElements(By.cssSelector("main#contenu")).size() == 1);
    }
}
