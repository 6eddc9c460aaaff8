package org.vademecum.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.vademecum.browser.RealSite;

/**
 * Each kit sheet's QR code, as the built page draws it (inline SVG), decodes with ZXing to the sheet's own
 * absolute address: the site's base_url plus its path (issue 5).
 */
class QrCodeTest {
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");

    /** Rasterises the SVG's modules ({@code scale} pixels each, white around) and decodes it. */
    static String decode(Element svg, int scale) throws Exception {
        String[] box = svg.attr("viewBox").split(" ");
        int size = Integer.parseInt(box[2]);
        int px = size * scale;
        int[] pixels = new int[px * px];
        java.util.Arrays.fill(pixels, 0xffffffff);
        Matcher m = RUN.matcher(svg.selectFirst("path").attr("d"));
        int runs = 0;
        while (m.find()) {
            runs++;
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            int w = Integer.parseInt(m.group(3));
            for (int yy = y * scale; yy < (y + 1) * scale; yy++) {
                for (int xx = x * scale; xx < (x + w) * scale; xx++) pixels[yy * px + xx] = 0xff000000;
            }
        }
        assertTrue(runs > 50, "the path draws the modules");
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(px, px, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE)).getText();
    }

    @Test
    void everySheetsCodeDecodesToItsOwnAddress() throws Exception {
        List<String> sheets = new ArrayList<>();
        for (String page : RealSite.pages()) {
            if (!page.startsWith("/journee-mondiale/") || page.equals("/journee-mondiale/")) continue;
            Document doc = Jsoup.parse(RealSite.text(RealSite.fileOf(page)));
            Element svg = doc.selectFirst(".sheet-qr svg.qr-code");
            assertNotNull(svg, page + " has a QR code");
            String expected = "https://vademecum.example.org" + page;
            assertEquals(expected, doc.selectFirst("link[rel=canonical]").attr("href"));
            assertEquals(expected, decode(svg, 4), page);
            assertEquals(expected, doc.selectFirst(".sheet-url").text(), "the address is written next to the code");
            assertEquals("true", svg.attr("aria-hidden"));
            sheets.add(page);
        }
        assertEquals(List.of("/journee-mondiale/affiche-a3/", "/journee-mondiale/affiche/",
                "/journee-mondiale/calcium-et-vitamine-d/", "/journee-mondiale/facteurs-de-risque/",
                "/journee-mondiale/prevention-a-tout-age/", "/journee-mondiale/prevention-des-chutes/"), sheets);
    }

    @Test
    void theSvgIsDeterministicAndHasTheQuietZone() {
        String a = QrCodes.svg("https://example.org/x/");
        assertEquals(a, QrCodes.svg("https://example.org/x/"));
        int modules = QrCodes.matrix("https://example.org/x/").getWidth();
        assertTrue(a.contains("viewBox=\"0 0 " + (modules + 8) + " " + (modules + 8) + "\""), a);
        assertTrue(a.startsWith("<svg class=\"qr-code\""));
    }
}
