package org.vademecum.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The element ids a theme uses, which raw HTML in content must not reuse: the literal {@code id="…"} of the
 * templates ({@code *.ftlh}; ids built with {@code ${…}} are skipped), the ids the
 * theme's scripts look up ({@code getElementById('…')}, {@code querySelector('#…')}), and the wrapper the
 * renderer puts around page bodies. Throws {@link UncheckedIOException} when the theme cannot be read.
 */
public final class ThemeIds {
    /** The element the site renderer wraps each Markdown body in. */
    public static final String BODY_WRAPPER = "vdm-body";

    private static final Pattern TEMPLATE_ID = Pattern.compile("\\bid=\"([^\"$<>]+)\"");
    private static final Pattern SCRIPT_ID = Pattern.compile(
            "getElementById\\(\\s*['\"]([^'\"]+)['\"]|querySelector(?:All)?\\(\\s*['\"]#([A-Za-z][\\w-]*)['\"]");

    private ThemeIds() {}

    /**
     * Scans the files of a theme ({@code files}: each template, partial and script as the build will use it, the
     * project's file where it overrides the packaged one); other files are skipped.
     */
    public static Set<String> scan(List<Path> files) {
        Set<String> ids = new TreeSet<>();
        ids.add(BODY_WRAPPER);
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".ftlh")) collect(TEMPLATE_ID.matcher(read(file)), ids);
            if (name.endsWith(".js")) collect(SCRIPT_ID.matcher(read(file)), ids);
        }
        return ids;
    }

    private static void collect(Matcher m, Set<String> ids) {
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) ids.add(m.group(g));
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
