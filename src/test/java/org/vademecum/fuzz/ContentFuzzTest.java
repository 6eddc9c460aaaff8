package org.vademecum.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vademecum.diag.Diagnostics;
import org.vademecum.load.ContentLoader;
import org.vademecum.markdown.MarkdownChecks;
import org.vademecum.markdown.MarkdownRenderer;
import org.vademecum.markdown.ThemeIds;
import org.vademecum.model.SiteContent;
import org.vademecum.testing.Fixtures;
import org.vademecum.validate.ContentValidator;

/**
 * Mutated content must give diagnostics, never an exception or a hang: each try takes one real file of
 * {@code content/} (YAML data, a tree, or a Markdown page), applies random line and byte mutations (delete,
 * duplicate, swap lines, YAML and Markdown punctuation, indentation changes, truncation, stray bytes), and runs the
 * loader, the validator (tree verifier included) and the Markdown checks on a copy of the project. Plain JUnit
 * dynamic tests driven by a fixed seed, so a failure reproduces: its name gives the file, the try's seed and the
 * number of mutations. (jqwik was tried and dropped: its jar asks AI agents not to use it.)
 */
class ContentFuzzTest {
    static final long SEED = 20261202L;
    static final String PUNCTUATION = ":[]{}*&!>|-#'\"%@`<\t";
    static final String[] TOKENS = {": ", "- ", "[", "{", "&a ", "*a", "!!str ", "> ", "| ", "```", "<style>", "<!--",
            "<script>", "<div>", "</div>", "<span id=\"tree-data\">", "[[rec:", "[@", "---\n", "\u2212", "1e999"};
    static Path project;
    static List<Path> yaml;
    static List<Path> pages;

    @BeforeAll
    static void copyProject() throws IOException {
        project = Files.createTempDirectory("vademecum-fuzz");
        Fixtures.copyTree(Fixtures.repo().resolve("content"), project.resolve("content"));
        yaml = files(".yaml");
        pages = files(".md");
        run(); // warm up: the first, unmutated run loads classes and compiles, which must not count as a hang
    }

    static void run() {
        Diagnostics d = new Diagnostics();
        SiteContent content = new ContentLoader(project, d).load();
        new ContentValidator(d).validate(content);
        new MarkdownChecks(new MarkdownRenderer(), ThemeIds.scan(org.vademecum.render.Theme.forProject(Fixtures.repo()).files().stream()
                .map(org.vademecum.render.Theme.ThemeFile::path).toList()), d).checkAll(content);
        d.list().forEach(x -> x.format());
    }

    @AfterAll
    static void deleteProject() throws IOException {
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @TestFactory
    Stream<DynamicTest> mutatedYamlGivesOnlyDiagnostics() {
        return tries("yaml", 80, () -> yaml);
    }

    @TestFactory
    Stream<DynamicTest> mutatedMarkdownGivesOnlyDiagnostics() {
        return tries("markdown", 50, () -> pages);
    }

    /** {@code count} seeded tries, each on one file of the list with its own seed and number of mutations. */
    private static Stream<DynamicTest> tries(String kind, int count, java.util.function.Supplier<List<Path>> files) {
        Random random = new Random(SEED ^ kind.hashCode());
        return IntStream.range(0, count).mapToObj(i -> {
            int file = random.nextInt(1000);
            long seed = random.nextLong();
            int mutations = 1 + random.nextInt(6);
            return DynamicTest.dynamicTest(kind + " try " + i + " (seed " + seed + ", " + mutations + " mutations)",
                    () -> {
                        List<Path> list = files.get();
                        survives(list.get(file % list.size()), seed, mutations);
                    });
        });
    }

    static void survives(Path file, long seed, int mutations) {
        byte[] original = read(file);
        try {
            write(file, mutate(original, new Random(seed), mutations));
            // A whole load takes well under a second; the margin is for a machine shared by many builds.
            assertTimeoutPreemptively(Duration.ofSeconds(10), ContentFuzzTest::run, () -> "mutated " + project.relativize(file) + " (seed " + seed + ", " + mutations + " mutations)");
        } finally {
            write(file, original);
        }
    }

    /** Applies {@code count} random mutations to the lines and bytes of a file. */
    static byte[] mutate(byte[] bytes, Random random, int count) {
        List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        byte[] stray = null;
        for (int i = 0; i < count && !lines.isEmpty(); i++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(8)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line);
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    lines.set(at, lines.get(other));
                    lines.set(other, line);
                }
                case 3 -> {
                    int pos = random.nextInt(line.length() + 1);
                    String c = random.nextBoolean() ? String.valueOf(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())))
                            : TOKENS[random.nextInt(TOKENS.length)];
                    lines.set(at, line.substring(0, pos) + c + line.substring(pos));
                }
                case 4 -> lines.set(at, (random.nextBoolean() ? "  " : "\t") + line);
                case 5 -> lines.set(at, line.replaceFirst("^ {1,2}", ""));
                case 6 -> {
                    while (lines.size() > at + 1) lines.remove(lines.size() - 1);
                    lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
                }
                default -> stray = new byte[] {(byte) random.nextInt(256)};
            }
        }
        byte[] text = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        if (stray == null) return text;
        byte[] out = new byte[text.length + 1];
        int pos = random.nextInt(text.length + 1);
        System.arraycopy(text, 0, out, 0, pos);
        out[pos] = stray[0];
        System.arraycopy(text, pos, out, pos + 1, text.length - pos);
        return out;
    }

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(project.resolve("content"))) {
            return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path p, byte[] bytes) {
        try {
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
