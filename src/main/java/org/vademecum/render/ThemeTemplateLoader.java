package org.vademecum.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Freemarker template loader over the layers of a {@link Theme}: a template, and every template it includes or
 * imports, comes from the project's {@code templates/} when it has that file, from the packaged theme otherwise.
 * Paths work alike inside the jar and on disk.
 */
final class ThemeTemplateLoader implements TemplateLoader {
    private final Theme theme;

    ThemeTemplateLoader(Theme theme) {
        this.theme = theme;
    }

    @Override
    public Object findTemplateSource(String name) {
        return theme.find(name).orElse(null);
    }

    @Override
    public long getLastModified(Object source) {
        return -1; // templates are loaded once per build; no cache to invalidate
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return new InputStreamReader(Files.newInputStream(((Theme.ThemeFile) source).path()), StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object source) {}
}
