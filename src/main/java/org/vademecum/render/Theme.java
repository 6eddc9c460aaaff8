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
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where templates, strings and assets come from, Hugo-style: the project's {@code templates/} folder first, then
 * the theme packaged in the jar (the repository's {@code templates/}, copied at packaging time). A project file
 * replaces the packaged file of the same path, one file at a time; every file the project does not have comes
 * from the packaged theme. A project with a full copy of the theme simply overrides every file.
 *
 * @param layers most specific first; the last one is the packaged theme
 */
public record Theme(List<Layer> layers) {

    /** One folder of theme files and how error messages name the files in it. */
    public record Layer(Path root, String displayPrefix) {
        public Layer {
            root = root.toAbsolutePath().normalize();
        }

        /** The file at {@code relative} in this layer, if it has one (never outside {@code root}). */
        Optional<Path> find(String relative) {
            Path p = root.resolve(relative).normalize();
            return p.startsWith(root) && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        }
    }

    /** A file of the theme: its path relative to the theme root, where it is read from, and its name in errors. */
    public record ThemeFile(String relative, Path path, String displayName) {}

    public Theme {
        layers = List.copyOf(layers);
        if (layers.isEmpty()) throw new IllegalArgumentException("a theme needs at least one layer");
    }

    /** The project's {@code templates/} (when it has one) over the packaged theme. */
    public static Theme forProject(Path project) {
        Layer packaged = new Layer(packagedRoot(), "(built-in theme)/");
        Path own = project.resolve("templates");
        if (!Files.isDirectory(own)) return new Theme(List.of(packaged));
        return new Theme(List.of(new Layer(own, "templates/"), packaged));
    }

    /** The folder of the packaged theme, inside the jar or on the class path. */
    public static Path packagedRoot() {
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
                return fs.getPath("/theme/templates");
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the default theme", e);
        }
    }

    /** The packaged theme: the layer every other layer overrides. */
    public Layer packaged() {
        return layers.get(layers.size() - 1);
    }

    /** The file at {@code relative} from the most specific layer that has it. */
    public Optional<ThemeFile> find(String relative) {
        for (Layer layer : layers) {
            Optional<Path> p = layer.find(relative);
            if (p.isPresent()) return Optional.of(new ThemeFile(relative, p.get(), layer.displayPrefix() + relative));
        }
        return Optional.empty();
    }

    /** Every file of the theme, each from the most specific layer that has it, sorted by relative path. */
    public List<ThemeFile> files() {
        Map<String, ThemeFile> out = new TreeMap<>();
        for (Layer layer : layers) {
            if (!Files.isDirectory(layer.root())) continue;
            try (Stream<Path> walk = Files.walk(layer.root())) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    String relative = layer.root().relativize(p).toString().replace('\\', '/');
                    out.putIfAbsent(relative, new ThemeFile(relative, p, layer.displayPrefix() + relative));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out.values());
    }

    /** Static files to copy to the site, as paths relative to {@code assets/}, sorted: the union of the layers. */
    public List<Path> assets() {
        return files().stream().filter(f -> f.relative().startsWith("assets/"))
                .map(f -> Path.of(f.relative().substring("assets/".length()))).toList();
    }

    /** The bytes of the file at {@code relative}; throws {@link UncheckedIOException} when no layer has it. */
    public byte[] read(String relative) {
        ThemeFile file = find(relative).orElseThrow(() -> new UncheckedIOException(
                new java.io.FileNotFoundException("no theme layer has " + relative)));
        try {
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean has(String relative) {
        return find(relative).isPresent();
    }

    /**
     * How errors name a theme file: {@code templates/x.ftlh} when the project provides it, {@code (built-in
     * theme)/x.ftlh} when it comes from the packaged theme; a file no layer has is named in the project.
     */
    public String displayName(String relative) {
        return find(relative).map(ThemeFile::displayName).orElse(layers.get(0).displayPrefix() + relative);
    }
}
