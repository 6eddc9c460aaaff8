package org.vademecum.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.io.PrintWriter;

/**
 * {@code vademecum init DIR}: writes a small, neutral, working project (home page, a section with two pages, three
 * recommendations, a glossary, a bibliography, a decision tree with its cases) that builds, checks and serves at
 * once, with the JSON Schemas of the content files in {@code schemas/} (outside {@code content/}, which the build
 * reads), which the starter's YAML files name in their first line for editors. Refuses, with exit code 2, a DIR
 * that exists and is not empty, so it never overwrites anything. {@code --language en} writes the same project in
 * English (English folder names and an example grade scale of its own).
 */
final class InitCommand implements Command {
    private static final String STARTER = "/org/vademecum/starter/";
    private static final String SCHEMAS = "/org/vademecum/schemas/";

    static final Option LANGUAGE = Option.value("--language", "LANG",
            "Language of the example content and of the site: fr (default) or en.");

    /** The languages a starter is written in: {@code starter/<language>/}. */
    static final List<String> LANGUAGES = List.of("fr", "en");

    /**
     * What a build leaves next to {@code content/} besides the site, so that a project kept in git shows only what its
     * authors wrote: the site, the spare copy the next build writes over, and the lock files (see SiteWriter). Written
     * from here, not from the starter folders: Maven leaves {@code .gitignore} files out of a jar's resources.
     */
    static final String GITIGNORE = """
            # Made by `vademecum build` and `serve`: the site, its spare copy, folders a killed build left, locks
            /site/
            /.site.spare/
            /.site.new-*/
            /.site.old-*/
            /.vademecum-*.lock
            """;

    @Override
    public Spec spec() {
        return new Spec("init", List.of("Creates a new project with example content in DIR (which must be absent or empty)."),
                List.of(LANGUAGE), List.of(new Parameter("DIR", "Folder of the new project.")), List.of());
    }

    @Override
    public int run(Arguments args, PrintWriter out, PrintWriter err) throws IOException, UsageException {
        Path dir = Arguments.toPath("DIR", args.parameter(0));
        String language = args.value(LANGUAGE).orElse("fr");
        if (!LANGUAGES.contains(language)) {
            throw new UsageException("no starter in language '" + language + "'", "use --language "
                    + String.join(" or --language ", LANGUAGES) + " (the site's interface can be in another language: see docs/authoring.md)");
        }
        if (Files.exists(dir) && !isEmptyFolder(dir)) {
            throw new UsageException(dir + " already exists and is not empty", "choose a new folder name, e.g. vademecum init mon-guide");
        }
        int written = copy(STARTER + language + "/", dir) + copy(SCHEMAS, dir.resolve("schemas"));
        Files.writeString(dir.resolve(".gitignore"), GITIGNORE);
        written++;
        out.printf("created %d files in %s%n"
                + "next: cd %s && %s serve   (then open http://127.0.0.1:8000/)%n",
                written, dir, dir, launcher());
        return Main.OK;
    }

    /** How this program was started, for the "next" line: {@code java -jar <its jar>} when run from a jar. */
    private static String launcher() {
        try {
            Path jar = Path.of(InitCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (jar.toString().endsWith(".jar")) return "java -jar " + jar.toAbsolutePath().normalize();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // fall through to the generic form
        }
        return "vademecum";
    }

    private static boolean isEmptyFolder(Path p) throws IOException {
        if (!Files.isDirectory(p)) return false;
        try (var entries = Files.list(p)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Writes the files that {@code folder}'s files.txt lists (paths relative to it) under {@code target}. */
    private static int copy(String folder, Path target) throws IOException {
        List<String> files = read(folder + "files.txt").lines().filter(l -> !l.isBlank()).toList();
        for (String file : files) {
            Path path = target.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, read(folder + file));
        }
        return files.size();
    }

    private static String read(String name) {
        try (InputStream in = InitCommand.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("starter file missing from the jar: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
