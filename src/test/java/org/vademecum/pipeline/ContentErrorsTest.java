package org.vademecum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vademecum.diag.ContentErrors;
import org.vademecum.testing.Fixtures;

/**
 * One fixture per kind of author error: the files under fixtures/errors/&lt;case&gt;/ are laid over the valid
 * golden site, and the build must report exactly the lines of its expected.txt (positions included).
 */
class ContentErrorsTest {
    @TempDir Path project;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(Fixtures.fixture("errors"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEveryErrorWithItsPosition(String name) throws IOException {
        Path fixture = Fixtures.fixture("errors").resolve(name);
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        Fixtures.copyTree(fixture.resolve("content"), project.resolve("content"));

        ContentErrors errors = assertThrows(ContentErrors.class, () -> SitePipeline.build(BuildOptions.of(project)));

        String actual = errors.report();
        Path expected = fixture.resolve("expected.txt");
        if (Fixtures.updateExpected() || !Files.exists(expected)) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    }
}
