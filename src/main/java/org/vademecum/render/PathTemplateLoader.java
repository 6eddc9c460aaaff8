package org.vademecum.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Freemarker template loader over a {@link Path}, so that a theme inside the jar and one on disk load alike. */
final class PathTemplateLoader implements TemplateLoader {
    private final Path root;

    PathTemplateLoader(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Object findTemplateSource(String name) {
        Path p = root.resolve(name).normalize();
        return p.startsWith(root) && Files.isRegularFile(p) ? p : null;
    }

    @Override
    public long getLastModified(Object source) {
        return -1; // templates are loaded once per build; no cache to invalidate
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        return new InputStreamReader(Files.newInputStream((Path) source), StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object source) {}
}
