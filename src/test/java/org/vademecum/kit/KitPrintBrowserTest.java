package org.vademecum.kit;

import org.vademecum.browser.PhoneOnRealSite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.vademecum.browser.Browser;
import org.vademecum.browser.RealSite;

/**
 * Print, in headless Chromium (issues 5 and 8): every sheet of the World Osteoporosis Day kit prints to exactly one
 * page of its paper (A4, or A3 for the poster's A3 version), the poster fills it with a large QR code that a camera reads as the sheet's address;
 * every page prints without navigation, with its source, content version and address; a decision tree prints
 * whole even after the interactive mode has hidden its other questions. {@code -Dvademecum.printDir=DIR} keeps the
 * PDFs to look at (e.g. with pdftoppm).
 */
class KitPrintBrowserTest extends PhoneOnRealSite {
    static final PageSize A4 = new PageSize(29.7, 21.0);
    static final PageSize A3 = new PageSize(42.0, 29.7);
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

    static List<String> sheets() {
        return RealSite.pages().stream().filter(p -> p.startsWith("/journee-mondiale/") && !p.equals("/journee-mondiale/")).toList();
    }

    /** Pages of the PDF Chromium prints for the current page on {@code size} paper (default margins). */
    private int printedPages(PageSize size) {
        PrintOptions options = new PrintOptions();
        options.setPageSize(size);
        options.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(driver.print(options).getContent());
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        if (System.getProperty("vademecum.printDir") != null) {
            try {
                String name = driver.getCurrentUrl().replaceAll("^https?://[^/]+/", "").replaceAll("[^a-z0-9]+", "_");
                java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("vademecum.printDir"),
                        name + (size == A3 ? "_a3" : "") + ".pdf"), pdf);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertTrue(text.startsWith("%PDF-"), "a PDF");
        Matcher m = PAGE.matcher(text);
        int pages = 0;
        while (m.find()) pages++;
        return pages;
    }

    @Test
    void everySheetPrintsOnExactlyOnePageOfItsPaper() {
        List<String> sheets = sheets();
        assertEquals(6, sheets.size(), "four handouts and the poster in A4 and A3: " + sheets);
        List<String> problems = new ArrayList<>();
        for (String page : sheets) {
            Browser.open(driver, server.url(page));
            stylesheetsLoaded();
            boolean a3 = page.endsWith("-a3/");
            int pages = printedPages(a3 ? A3 : A4);
            if (pages != 1) problems.add(page + ": " + pages + (a3 ? " A3" : " A4") + " pages");
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The poster laid out as Chromium prints it (print media, the viewport set to the page area that its
     * {@code @page} rule leaves: A4 less 10 mm margins, A3 less 14 mm): the sheet fills the page to within 3 %
     * without overflowing it, and the QR code, quiet zone included, is at least 64 mm wide on A4 (the code itself
     * then measures over 5 cm) and 90 mm on A3. No word of it speaks of slides.
     */
    @Test
    void thePosterFillsItsPageWithALargeQrCode() throws InterruptedException {
        List<String> problems = new ArrayList<>();
        try {
            Browser.media(driver, "print");
            for (String page : List.of("/journee-mondiale/affiche/", "/journee-mondiale/affiche-a3/")) {
                boolean a3 = page.endsWith("-a3/");
                double widthMm = a3 ? 297 - 28 : 210 - 20;
                double heightMm = a3 ? 420 - 28 : 297 - 20;
                Browser.viewport(driver, (int) Math.round(px(widthMm)), (int) Math.round(px(heightMm)));
                Browser.open(driver, server.url(page));
                // print.css (media="print") does not block the first render: wait until the print rules apply
                for (int i = 0; i < 50 && !"none".equals(style(".site-footer", "display")); i++) Thread.sleep(100);
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) driver.executeScript(
                        "var s = document.querySelector('.kit-poster').getBoundingClientRect();"
                                + "var q = document.querySelector('.kit-poster .sheet-qr svg').getBoundingClientRect();"
                                + "return { top: s.top, bottom: s.bottom, scroll: document.documentElement.scrollHeight,"
                                + " qr: q.width, text: document.body.innerText };");
                double page_ = px(heightMm);
                double bottom = ((Number) m.get("bottom")).doubleValue();
                double scroll = ((Number) m.get("scroll")).doubleValue();
                double qrMm = ((Number) m.get("qr")).doubleValue() * 25.4 / 96;
                if (bottom < 0.97 * page_) problems.add(page + ": the poster ends at " + Math.round(bottom / page_ * 100) + " % of the page");
                if (scroll > page_ + 1) problems.add(page + ": the content is " + Math.round(scroll) + " px high for a " + Math.round(page_) + " px page");
                if (qrMm < (a3 ? 89.5 : 63.5)) problems.add(page + ": QR code " + Math.round(qrMm) + " mm wide");
                String text = String.valueOf(m.get("text")).toLowerCase(java.util.Locale.ROOT);
                if (text.contains("diapositive") || text.contains("diaporama")) problems.add(page + ": speaks of slides in print");
                if (!text.contains("source")) problems.add(page + ": no source line in print");
            }
        } finally {
            Browser.media(driver, "");
            Browser.viewport(driver, 390, 844);
        }
        assertEquals(List.of(), problems);
    }

    /** CSS pixels for millimetres (96 px to the inch). */
    private static double px(double mm) {
        return mm * 96 / 25.4;
    }

    @Test
    void aPlaceholderAddressIsAnnouncedOnTheKitPages() {
        for (String page : List.of("/journee-mondiale/", "/journee-mondiale/affiche/")) {
            Browser.open(driver, server.url(page));
            WebElement notice = driver.findElement(By.cssSelector(".kit-provisional"));
            assertTrue(notice.isDisplayed(), page);
            assertTrue(notice.getText().replace('\u00a0', ' ').contains("Adresse provisoire : le QR code ne mène pas encore au site publié"), page);
        }
    }

    @Test
    void theCountOfPrintedPagesIsRight() {
        Browser.open(driver, server.url("/glossaire/"));
        assertTrue(printedPages(A4) >= 2, "the glossary does not fit on one page");
    }

    @Test
    void theQrCodeOnScreenReadsAsTheSheetsAddress() throws Exception {
        for (String page : sheets()) {
            Browser.open(driver, server.url(page));
            WebElement svg = driver.findElement(By.cssSelector(".sheet-qr svg"));
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(svg.getScreenshotAs(OutputType.BYTES)));
            int w = img.getWidth();
            int h = img.getHeight();
            int[] pixels = img.getRGB(0, 0, w, h, null, 0, w);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
            String text = new QRCodeReader().decode(bitmap).getText();
            assertEquals("https://vademecum.example.org" + page, text, page);
        }
    }

    /** Computed style of the first element matching {@code css}, or null when there is none. */
    /** Waits for every stylesheet of the page (print.css loads at low priority when print is only emulated). */
    private void stylesheetsLoaded() {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d -> (Boolean) driver.executeScript(
                "return Array.prototype.every.call(document.querySelectorAll('link[rel=stylesheet]'), function (l) { return !!l.sheet; });"));
    }

    private String style(String css, String property) {
        return (String) driver.executeScript("var e = document.querySelector(arguments[0]);"
                + "return e ? getComputedStyle(e).getPropertyValue(arguments[1]) : null;", css, property);
    }

    @Test
    void everyPagePrintsWithoutNavigationButWithItsSourceVersionAndAddress() {
        List<String> problems = new ArrayList<>();
        try {
            Browser.media(driver, "print");
            for (String page : RealSite.linkedPages()) {
                Browser.open(driver, server.url(page));
                stylesheetsLoaded();
                for (String hidden : List.of(".site-header", ".skip-link", ".site-footer nav", ".breadcrumbs")) {
                    String display = style(hidden, "display");
                    if (display != null && !display.equals("none")) problems.add(page + ": " + hidden + " printed");
                }
                // A kit sheet prints its own source line (for the public) instead of the site footer.
                boolean sheet = !driver.findElements(By.cssSelector(".kit-sheet")).isEmpty();
                WebElement footer = driver.findElement(By.cssSelector(sheet ? ".kit-sheet" : ".site-footer"));
                String text = footer.getText().replace('\u00a0', ' ').replace('\u202f', ' ');
                String canonical = driver.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href");
                if (!text.contains("Version du contenu 1.0.0")) problems.add(page + ": no content version in print");
                if (!text.contains("Source :")) problems.add(page + ": no source in print");
                if (!text.contains(canonical)) problems.add(page + ": no address in print");
                Object after = driver.executeScript("var a = document.querySelector('main a[href^=\"http\"]');"
                        + "return a ? getComputedStyle(a, '::after').content : null;");
                if (after != null && !String.valueOf(after).contains("http")) problems.add(page + ": external link target not printed: " + after);
            }
        } finally {
            Browser.media(driver, "");
        }
        assertEquals(List.of(), problems);
        Browser.open(driver, server.url("/"));
        assertEquals("none", style(".print-only", "display"), "the print footer line is hidden on screen");
    }

    @Test
    void aTreePrintsWholeEvenAfterTheInteractiveModeHidItsOtherSteps() {
        String tree = RealSite.pages().stream().filter(p -> p.matches("/arbres/[a-z-]+/")).findFirst().orElseThrow();
        Browser.open(driver, server.url(tree));
        int nodes = driver.findElements(By.cssSelector(".tree-node")).size();
        assertTrue(nodes >= 3, tree + " has its questions and outcomes");
        Object hiddenOnScreen = driver.executeScript("return document.querySelectorAll('.tree-node[hidden]').length;");
        try {
            Browser.media(driver, "print");
            @SuppressWarnings("unchecked")
            Map<String, Object> shown = (Map<String, Object>) driver.executeScript(
                    "var n = document.querySelectorAll('.tree-node'), shown = 0;"
                            + "n.forEach(function (e) { if (getComputedStyle(e).display !== 'none') shown++; });"
                            + "var app = document.querySelector('.tree-app');"
                            + "return { shown: shown, app: app ? getComputedStyle(app).display : 'none' };");
            assertEquals(nodes, ((Number) shown.get("shown")).intValue(), "every question and outcome prints ("
                    + hiddenOnScreen + " were hidden on screen)");
            assertEquals("none", shown.get("app"), "the interactive controls do not print");
        } finally {
            Browser.media(driver, "");
        }
        assertNotNull(hiddenOnScreen);
    }
}
