package org.vademecum.trees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vademecum.diag.Diagnostic;
import org.vademecum.diag.Diagnostics;
import org.vademecum.load.SourceFile;
import org.vademecum.load.TreeLoader;

/**
 * One broken tree per kind of error, under {@code src/test/resources/fixtures/trees-<kind>/}: loading and
 * verifying it must print exactly the lines of its {@code expected.txt} ({@code path:line:col: error: message} and
 * the hint). Run with {@code -Dvademecum.updateExpected=true} to rewrite the expected files after a deliberate change,
 * then review the diff.
 */
class TreeVerifierFixturesTest {
    static final Path FIXTURES = Path.of(System.getProperty("vademecum.projectDir", "."))
            .resolve("src/test/resources/fixtures");
    static final Set<String> RECOMMENDATIONS = Set.of("rec-a", "rec-b");

    @TestFactory
    Stream<DynamicTest> everyFixturePrintsItsExpectedErrors() throws IOException {
        List<Path> dirs;
        try (Stream<Path> list = Files.list(FIXTURES)) {
            dirs = list.filter(p -> p.getFileName().toString().startsWith("trees-")).sorted().toList();
        }
        assertTrue(dirs.size() >= 9, "fixtures missing under " + FIXTURES);
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    static String diagnose(Path dir) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        TreeVerifier verifier = new TreeVerifier(diagnostics);
        try (Stream<Path> files = Files.list(dir.resolve("content/trees"))) {
            for (Path file : files.sorted().toList()) {
                SourceFile.read(dir, file, diagnostics).flatMap(s -> new TreeLoader(diagnostics).load(s))
                        .ifPresent(tree -> verifier.verify(tree, RECOMMENDATIONS, Set.of()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics.list()) out.append(d.format()).append('\n');
        return out.toString();
    }

    private static void check(Path dir) throws IOException {
        String actual = diagnose(dir);
        Path expectedFile = dir.resolve("expected.txt");
        if (Boolean.getBoolean("vademecum.regenerate") || Boolean.getBoolean("vademecum.updateExpected")) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        assertEquals(expected, actual, "diagnostics of " + dir.getFileName());
        if (dir.getFileName().toString().equals("trees-valid")) assertTrue(actual.isEmpty());
        else assertFalse(actual.isEmpty(), "a broken fixture must give at least one error");
    }
}
