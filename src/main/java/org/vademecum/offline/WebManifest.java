package org.vademecum.offline;

import org.vademecum.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vademecum.model.SiteConfig;
import org.vademecum.output.OutputFile;

/**
 * {@code /manifest.webmanifest} and its icons (issue 5). Every address in it is relative to the manifest
 * ({@code start_url} and {@code scope} are "."), so the installed app works from whatever folder the site is
 * published in. base.ftlh links it and {@code assets/offline.js} finds the site root from that link.
 */
public final class WebManifest {
    public static final String PATH = "manifest.webmanifest";
    /** The icons are theme assets (templates/assets/icons/), so a project's own theme can replace them. */
    public static final String ICONS = "assets/icons/";
    public static final String ICON_SVG = ICONS + "icon.svg";
    public static final String THEME_COLOR = "#0b5cad";
    public static final String BACKGROUND_COLOR = "#ffffff";

    private WebManifest() {}

    public static List<OutputFile> files(SiteConfig config) {
        return List.of(new OutputFile(PATH, json(config)));
    }

    static byte[] json(SiteConfig config) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", config.title());
        m.put("short_name", shortName(config.title()));
        if (!config.description().isEmpty()) m.put("description", config.description());
        m.put("lang", config.language());
        m.put("dir", "ltr");
        m.put("id", ".");
        m.put("start_url", ".");
        m.put("scope", ".");
        m.put("display", "standalone");
        m.put("background_color", BACKGROUND_COLOR);
        m.put("theme_color", THEME_COLOR);
        List<Map<String, String>> icons = new ArrayList<>();
        icons.add(icon(ICON_SVG, "any", "image/svg+xml", "any"));
        for (int size : new int[] {192, 512}) {
            icons.add(icon(ICONS + "icon-" + size + ".png", size + "x" + size, "image/png", "any"));
            icons.add(icon(ICONS + "icon-maskable-" + size + ".png", size + "x" + size, "image/png", "maskable"));
        }
        m.put("icons", icons);
        return (Json.write(m) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, String> icon(String src, String sizes, String type, String purpose) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("src", src);
        m.put("sizes", sizes);
        m.put("type", type);
        m.put("purpose", purpose);
        return m;
    }

    /** What a phone shows under the icon: the title if short, else its first word (at most 12 characters). */
    static String shortName(String title) {
        if (title.length() <= 12) return title;
        String first = title.split("[\\s\\-–—:,;]+", 2)[0];
        return first.length() <= 12 ? first : first.substring(0, 12);
    }
}
