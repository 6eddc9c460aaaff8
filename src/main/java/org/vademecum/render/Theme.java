package org.vademecum.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where templates, strings and assets come from: the project's {@code templates/} folder when it has one,
 * otherwise the default theme packaged in the jar (the same files, copied at packaging time).
 */
public record Theme(Path root, boolean packaged) {

    /** The project's theme, or the packaged default when the project has no {@code templates/} folder. */
    public static Theme forProject(Path project) {
        Path own = project.resolve("templates");
        if (Files.isDirectory(own)) return new Theme(own, false);
        return packagedDefault();
    }

    public static Theme packagedDefault() {
        URL url = Theme.class.getResource("/theme/templates/base.ftlh");
        if (url == null) throw new IllegalStateException("the default theme is missing from the classpath");
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return new Theme(fs.getPath("/theme/templates"), true);
            }
            return new Theme(Path.of(uri).getParent(), true);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the default theme", e);
        }
    }

    /** Static files to copy to the site, as paths relative to {@code assets/}, sorted. */
    public List<Path> assets() {
        Path assets = root.resolve("assets");
        if (!Files.isDirectory(assets)) return List.of();
        try (Stream<Path> walk = Files.walk(assets)) {
            return walk.filter(Files::isRegularFile).map(assets::relativize).sorted(
                    java.util.Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] read(String relative) {
        try {
            return Files.readAllBytes(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean has(String relative) {
        return Files.exists(root.resolve(relative));
    }

    /** How errors name a theme file: project-relative for a project theme, {@code theme:} for the packaged one. */
    public String displayName(String relative) {
        return packaged ? "(built-in theme)/" + relative : "templates/" + relative;
    }
}
