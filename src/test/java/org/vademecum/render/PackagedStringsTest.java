package org.vademecum.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vademecum.diag.Diagnostics;
import org.vademecum.load.InterfaceTextReader;
import org.vademecum.load.YamlParser;
import org.vademecum.model.InterfaceText;
import org.vademecum.testing.Fixtures;

/**
 * Every language file of the packaged theme ({@code templates/strings/*.yaml}) has exactly the keys of the
 * reference language: a key missing from one language would fail the build of every guide written in it.
 */
class PackagedStringsTest {
    private static final Path STRINGS = Fixtures.repo().resolve("templates/strings");

    @Test
    void everyPackagedLanguageHasExactlyTheKeysOfTheReferenceLanguage() throws IOException {
        Set<String> reference = keys(STRINGS.resolve(InterfaceStrings.REFERENCE_LANGUAGE + ".yaml"));
        assertFalse(reference.isEmpty());
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(STRINGS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Set<String> keys = keys(file);
                Set<String> missing = new TreeSet<>(reference);
                missing.removeAll(keys);
                Set<String> extra = new TreeSet<>(keys);
                extra.removeAll(reference);
                if (!missing.isEmpty()) problems.add(file.getFileName() + " lacks " + missing);
                if (!extra.isEmpty()) problems.add(file.getFileName() + " has keys the reference language lacks: " + extra);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static Set<String> keys(Path file) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Set<String> keys = new TreeSet<>();
        YamlParser.parse(Files.readString(file), file.getFileName().toString(), 0, diagnostics)
                .ifPresent(node -> InterfaceTextReader.read(node, file.getFileName().toString(), diagnostics)
                        .stream().map(InterfaceText::key).forEach(keys::add));
        assertTrue(diagnostics.list().isEmpty(), Diagnostics.report(diagnostics.list()));
        return keys;
    }
}
