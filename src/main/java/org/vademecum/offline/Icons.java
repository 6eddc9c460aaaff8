package org.vademecum.offline;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The app icon (a white bone on the theme's blue), drawn by code so that the build needs no image file and
 * always writes the same bytes: an SVG, and PNGs rasterised here with 4×4 supersampling and written by a
 * minimal PNG encoder (no AWT, no timestamps). "Maskable" PNGs fill the square and keep the bone in the safe zone.
 */
public final class Icons {
    /** Background of the icon: the theme's accent colour (site.css {@code --accent}). */
    public static final String BACKGROUND = "#0b5cad";
    private static final int[] BG = {0x0b, 0x5c, 0xad};
    private static final double CORNER = 0.18;
    // The bone, in units of the icon's side, centred, before its 45° turn: a shaft and four knuckles.
    private static final double SHAFT_HALF_LENGTH = 0.22;
    private static final double SHAFT_HALF_WIDTH = 0.065;
    private static final double KNUCKLE_X = 0.25;
    private static final double KNUCKLE_Y = 0.075;
    private static final double KNUCKLE_R = 0.09;
    private static final double MASKABLE_SCALE = 0.8;

    private Icons() {}

    public static byte[] svg() {
        double s = 512;
        String bone = "<g transform=\"rotate(-45 256 256)\" fill=\"#fff\">"
                + rect(256 - SHAFT_HALF_LENGTH * s, 256 - SHAFT_HALF_WIDTH * s, 2 * SHAFT_HALF_LENGTH * s,
                        2 * SHAFT_HALF_WIDTH * s, SHAFT_HALF_WIDTH * s)
                + circle(256 - KNUCKLE_X * s, 256 - KNUCKLE_Y * s) + circle(256 - KNUCKLE_X * s, 256 + KNUCKLE_Y * s)
                + circle(256 + KNUCKLE_X * s, 256 - KNUCKLE_Y * s) + circle(256 + KNUCKLE_X * s, 256 + KNUCKLE_Y * s)
                + "</g>";
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 512 512\">"
                + "<rect width=\"512\" height=\"512\" rx=\"" + fmt(CORNER * s) + "\" fill=\"" + BACKGROUND + "\"/>"
                + bone + "</svg>\n";
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    private static String rect(double x, double y, double w, double h, double r) {
        return "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"" + fmt(w) + "\" height=\"" + fmt(h)
                + "\" rx=\"" + fmt(r) + "\"/>";
    }

    private static String circle(double cx, double cy) {
        return "<circle cx=\"" + fmt(cx) + "\" cy=\"" + fmt(cy) + "\" r=\"" + fmt(KNUCKLE_R * 512) + "\"/>";
    }

    private static String fmt(double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 100) / 100.0).stripTrailingZeros().toPlainString();
    }

    private static final java.util.Map<String, byte[]> PNGS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A {@code size}×{@code size} PNG; {@code maskable} fills the square (no rounded corners) with a smaller bone.
     * The icons do not depend on the content: each is drawn once per run (the dev server rebuilds often).
     */
    public static byte[] png(int size, boolean maskable) {
        return PNGS.computeIfAbsent(size + (maskable ? "m" : ""), k -> draw(size, maskable)).clone();
    }

    private static byte[] draw(int size, boolean maskable) {
        byte[] raw = new byte[size * (1 + 4 * size)];
        int n = 4;
        double k = maskable ? MASKABLE_SCALE : 1;
        int i = 0;
        for (int y = 0; y < size; y++) {
            raw[i++] = 0; // filter: none
            for (int x = 0; x < size; x++) {
                int bg = 0;
                int fg = 0;
                // Inside or outside both shapes at the pixel's four corners: no edge crosses it (the shapes are far
                // larger than a pixel), so one sample says it all; otherwise 4×4 samples give the coverage.
                int corners = 0;
                for (int c = 0; c < 4; c++) {
                    double u = (x + (c & 1)) / (double) size;
                    double v = (y + (c >> 1)) / (double) size;
                    boolean b = maskable || insideRoundedSquare(u, v);
                    corners += (b ? 1 : 0) + (b && insideBone(u, v, k) ? 2 : 0);
                }
                if (corners == 0 || corners == 4 || corners == 12) {
                    bg = corners == 0 ? 0 : n * n;
                    fg = corners == 12 ? n * n : 0;
                } else {
                    for (int sy = 0; sy < n; sy++) {
                        for (int sx = 0; sx < n; sx++) {
                            double u = (x + (sx + 0.5) / n) / size;
                            double v = (y + (sy + 0.5) / n) / size;
                            if (maskable || insideRoundedSquare(u, v)) {
                                bg++;
                                if (insideBone(u, v, k)) fg++;
                            }
                        }
                    }
                }
                double f = bg == 0 ? 0 : (double) fg / bg;
                for (int c = 0; c < 3; c++) raw[i++] = (byte) Math.round(BG[c] + (255 - BG[c]) * f);
                raw[i++] = (byte) Math.round(255.0 * bg / (n * n));
            }
        }
        return encode(size, size, raw);
    }

    private static boolean insideRoundedSquare(double u, double v) {
        double dx = Math.max(Math.max(CORNER - u, u - (1 - CORNER)), 0);
        double dy = Math.max(Math.max(CORNER - v, v - (1 - CORNER)), 0);
        return dx * dx + dy * dy <= CORNER * CORNER;
    }

    /** The bone turned by -45° (from bottom left to top right), scaled by {@code k} around the centre. */
    private static boolean insideBone(double u, double v, double k) {
        double dx = (u - 0.5) / k;
        double dy = (v - 0.5) / k;
        double c = Math.sqrt(0.5);
        // Undo the -45° turn: rotate the point by +45°.
        double x = dx * c - dy * c;
        double y = dx * c + dy * c;
        double along = Math.max(Math.abs(x) - SHAFT_HALF_LENGTH + SHAFT_HALF_WIDTH, 0);
        if (along * along + y * y <= SHAFT_HALF_WIDTH * SHAFT_HALF_WIDTH && Math.abs(x) <= SHAFT_HALF_LENGTH) return true;
        for (int sxSign = -1; sxSign <= 1; sxSign += 2) {
            for (int sySign = -1; sySign <= 1; sySign += 2) {
                double ex = x - sxSign * KNUCKLE_X;
                double ey = y - sySign * KNUCKLE_Y;
                if (ex * ex + ey * ey <= KNUCKLE_R * KNUCKLE_R) return true;
            }
        }
        return false;
    }

    /** PNG, 8-bit RGBA, non-interlaced; {@code raw} holds each row's filter byte then its pixels. */
    static byte[] encode(int width, int height, byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        writeInt(ihdr, width);
        writeInt(ihdr, height);
        ihdr.writeBytes(new byte[] {8, 6, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!deflater.finished()) idat.write(buf, 0, deflater.deflate(buf));
        deflater.end();
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        writeInt(out, data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        writeInt(out, (int) crc.getValue());
    }

    private static void writeInt(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
