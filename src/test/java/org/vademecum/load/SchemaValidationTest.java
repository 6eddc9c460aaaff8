package org.vademecum.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vademecum.testing.Fixtures;

/**
 * Issue 11 item 7: every YAML file of the guide's content/ and of a project made by {@code init} names its schema
 * in its first line ({@code # yaml-language-server: $schema=<relative path>}, to a schema that is there: in the
 * repository for the guide, in the project's schemas/ for a new project) and validates against it, as an editor
 * would check it; the pages' front matter validates against the front-matter schema.
 */
class SchemaValidationTest {
    static final Pattern MODELINE = Pattern.compile("# yaml-language-server: \\$schema=(\\S+)");
    static final YAMLMapper YAML = new YAMLMapper();
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    static final Path SCHEMAS = Fixtures.repo().resolve("src/main/resources/org/vademecum/schemas");
    /** The projects written by {@code vademecum init} (French, then English), once for the whole class, in one folder. */
    static final Path STARTER = starters();

    private static Path starters() {
        try {
            Path folder = Files.createTempDirectory("vademecum-schemas");
            starter(folder.resolve("fr"), "fr");
            starter(folder.resolve("en"), "en");
            return folder;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void starter(Path project, String language) {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.vademecum.cli.Main.run(new String[] {"init", "--language", language, project.toString()},
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err, true));
        if (code != 0) throw new IllegalStateException("init failed: " + err);
    }

    static Stream<Path> contentRoots() {
        return Stream.of(Fixtures.repo().resolve("content"), STARTER.resolve("fr/content"), STARTER.resolve("en/content"));
    }

    /** Where {@code file}'s schemas are: the packaged ones for the guide, the project's own for a new project. */
    static Path schemasFor(Path file) {
        return file.startsWith(STARTER) ? STARTER.resolve(STARTER.relativize(file).getName(0)).resolve("schemas") : SCHEMAS;
    }

    static String display(Path p) {
        return p.startsWith(STARTER) ? "init:" + STARTER.relativize(p) : Fixtures.repo().relativize(p).toString();
    }

    static Stream<String> yamlFiles() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path root : contentRoots().toList()) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".yaml")).sorted()
                        .forEach(p -> out.add(p.toString()));
            }
        }
        return out.stream();
    }

    static Stream<String> pages() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path root : contentRoots().toList()) {
            try (Stream<Path> walk = Files.walk(root.resolve("pages"))) {
                walk.filter(p -> p.toString().endsWith(".md")).sorted()
                        .forEach(p -> out.add(p.toString()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yamlFiles")
    void namesItsSchemaAndValidatesAgainstIt(String path) throws IOException {
        Path file = Path.of(path);
        String name = display(file);
        String text = Files.readString(file);
        Matcher m = MODELINE.matcher(text.lines().findFirst().orElse(""));
        assertTrue(m.matches(), name + " does not begin with '# yaml-language-server: $schema=…'");
        Path schema = file.getParent().resolve(m.group(1)).normalize();
        assertTrue(Files.isRegularFile(schema), name + " names " + m.group(1) + ", which does not exist");
        assertEquals(schemasFor(file), schema.getParent(), name + " names a schema outside the shipped ones");
        assertValid(name, schema, YAML.readTree(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void frontMatterValidates(String path) throws IOException {
        String name = display(Path.of(path));
        String text = Files.readString(Path.of(path));
        int end = text.indexOf("\n---\n", 3);
        assertTrue(text.startsWith("---\n") && end > 0, name + " has no front matter");
        assertValid(name, schemasFor(Path.of(path)).resolve("front-matter.schema.json"), YAML.readTree(text.substring(4, end + 1)));
    }

    @org.junit.jupiter.api.Test
    void theSchemasRejectWhatTheLoaderRejects() throws IOException {
        JsonNode bad = YAML.readTree("grades:\n  - id: strong\n    label: Strong\n    meaning: do it\n    role: medium\n"
                + "    colour: green\n  - id: weak grade\n    label: Weak\n");
        List<String> errors = REGISTRY.getSchema(Files.newInputStream(SCHEMAS.resolve("grades.schema.json")))
                .validate(bad).stream().map(e -> e.getInstanceLocation().toString()).toList();
        // unknown role, unknown key, an id that cannot be a CSS class, missing meaning and role
        assertTrue(errors.contains("/grades/0/role"), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.equals("/grades/0")), errors.toString());
        assertTrue(errors.contains("/grades/1/id"), errors.toString());
        assertTrue(errors.contains("/grades/1"), errors.toString());
    }

    private static void assertValid(String name, Path schemaFile, JsonNode document) throws IOException {
        Schema schema = REGISTRY.getSchema(Files.newInputStream(schemaFile));
        List<Error> errors = schema.validate(document);
        assertEquals(List.of(), errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList(),
                name + " against " + schemaFile.getFileName());
    }
}
