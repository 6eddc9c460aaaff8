package org.vademecum.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;
import org.vademecum.diag.Suggestions;

/**
 * The inventory of {@code content/}: every file the build reads, found once. Links to folders are followed only
 * when they stay inside the project; special files (FIFO, device) and links that lead outside are errors; files
 * the build would not read are warnings, so that a {@code .yml} or a stray note is not ignored without a word.
 * Dot-files (editor and system files) are skipped.
 */
public final class ContentFiles {
    /** The data files at the top of content/, read by name. */
    public static final Set<String> DATA_FILES = Set.of("site.yaml", "recommendations.yaml", "risk-factors.yaml",
            "sequences.yaml", "glossary.yaml", "bibliography.yaml", "kit.yaml", "grades.yaml");

    private final Path project;
    private final Path content;
    private final Diagnostics diagnostics;
    private final List<Path> pages = new ArrayList<>();
    private final List<Path> trees = new ArrayList<>();
    private final Set<Path> visited = new HashSet<>();

    private ContentFiles(Path project, Diagnostics diagnostics) {
        this.project = project;
        this.content = project.resolve("content");
        this.diagnostics = diagnostics;
    }

    /** Walks {@code content/} (which must exist), reporting what cannot or will not be read. */
    public static ContentFiles scan(Path project, Diagnostics diagnostics) {
        ContentFiles files = new ContentFiles(project, diagnostics);
        try {
            files.walk(files.content, "", 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** {@code content/pages/**.md}, sorted. */
    public List<Path> pages() {
        return pages.stream().sorted().toList();
    }

    /** {@code content/trees/*.yaml}, sorted. */
    public List<Path> trees() {
        return trees.stream().sorted().toList();
    }

    private void walk(Path dir, String rel, int depth) throws IOException {
        if (!visited.add(dir.toRealPath())) return; // a link back to a folder already walked
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) continue;
            String path = rel.isEmpty() ? name : rel + "/" + name;
            SourcePosition at = SourcePosition.file(SourceFile.relativeName(project, entry));
            BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isSymbolicLink()) {
                Path real;
                try {
                    real = entry.toRealPath();
                } catch (NoSuchFileException e) {
                    diagnostics.error(at, at.path() + " is a broken link", "remove it, or make it point at a file");
                    continue;
                }
                if (!real.startsWith(project.toRealPath())) {
                    diagnostics.error(at, at.path() + " is a link to " + real + ", outside the project",
                            SourceFile.OUTSIDE_HINT);
                    continue;
                }
                attrs = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            }
            if (attrs.isDirectory()) {
                if (name.endsWith(".md") || name.endsWith(".yaml")) {
                    diagnostics.error(at, at.path() + " is a folder, not a file", SourceFile.NOT_A_FILE_HINT);
                } else if (depth + 1 >= Limits.FOLDER_DEPTH) {
                    diagnostics.error(at, "folders are nested too deep (more than " + Limits.FOLDER_DEPTH + " levels)",
                            "a guide needs at most sections and pages");
                } else {
                    walk(entry, path, depth + 1);
                }
            } else if (!attrs.isRegularFile()) {
                diagnostics.error(at, at.path() + " is " + SourceFile.describe(attrs) + ", not a file",
                        SourceFile.NOT_A_FILE_HINT);
            } else {
                classify(entry, path, at);
            }
        }
    }

    private void classify(Path file, String path, SourcePosition at) {
        if (DATA_FILES.contains(path)) return;
        if (path.startsWith("pages/") && path.endsWith(".md")) {
            pages.add(file);
        } else if (path.startsWith("trees/") && path.indexOf('/', "trees/".length()) < 0 && path.endsWith(".yaml")) {
            trees.add(file);
        } else {
            diagnostics.warning(at, at.path() + " is not read by the build", hint(path));
        }
    }

    private static String hint(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (path.endsWith(".yml")) {
            String yaml = path.substring(0, path.length() - ".yml".length()) + ".yaml";
            if (DATA_FILES.contains(yaml) || (yaml.startsWith("trees/") && yaml.indexOf('/', 6) < 0)) {
                return "rename it to " + name.replaceFirst("\\.yml$", ".yaml");
            }
        }
        if (path.startsWith("pages/")) return "pages are .md files; keep other files outside content/";
        if (path.startsWith("trees/")) return "trees are content/trees/<id>.yaml, directly in that folder";
        if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            return Suggestions.closest(name, DATA_FILES).map(c -> "did you mean '" + c + "'?")
                    .orElse("the data files are " + String.join(", ", DATA_FILES.stream().sorted().toList()));
        }
        return "content/ holds only the guide's YAML and Markdown; keep notes and other files outside it";
    }
}
