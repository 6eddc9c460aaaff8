package org.vademecum.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 7: the JSON Schemas shipped for editors accept exactly the keys the loader accepts. Each mapping
 * kind of {@link MappingKind} has one object in one schema (the file's root or one of its definitions); the keys of
 * that object's {@code properties} equal the kind's keys, and every object of every schema belongs to a kind.
 */
class SchemaKeysTest {
    static final String SCHEMAS = "/org/vademecum/schemas/";

    /** Where each kind is described: schema file and JSON pointer ("" for the root). */
    static final Map<MappingKind, String[]> WHERE = new LinkedHashMap<>();
    static {
        put(MappingKind.SITE, "site", "");
        put(MappingKind.NAVIGATION_ITEM, "site", "/definitions/navigation-item");
        put(MappingKind.URLS, "site", "/definitions/urls");
        put(MappingKind.OFFLINE, "site", "/definitions/offline");
        put(MappingKind.RECOMMENDATIONS_FILE, "recommendations", "");
        put(MappingKind.RECOMMENDATION, "recommendations", "/definitions/recommendation");
        put(MappingKind.GRADES_FILE, "grades", "");
        put(MappingKind.GRADE, "grades", "/definitions/grade");
        put(MappingKind.RISK_FACTORS_FILE, "risk-factors", "");
        put(MappingKind.RISK_FACTOR_GROUP, "risk-factors", "/definitions/group");
        put(MappingKind.RISK_FACTOR, "risk-factors", "/definitions/factor");
        put(MappingKind.SEQUENCES_FILE, "sequences", "");
        put(MappingKind.SEQUENCE, "sequences", "/definitions/sequence");
        put(MappingKind.GLOSSARY_FILE, "glossary", "");
        put(MappingKind.GLOSSARY_ENTRY, "glossary", "/definitions/entry");
        put(MappingKind.BIBLIOGRAPHY_FILE, "bibliography", "");
        put(MappingKind.REFERENCE, "bibliography", "/definitions/reference");
        put(MappingKind.KIT, "kit", "");
        put(MappingKind.KIT_SHEET, "kit", "/definitions/sheet");
        put(MappingKind.KIT_BLOCK, "kit", "/definitions/block");
        put(MappingKind.TREE, "tree", "");
        put(MappingKind.TREE_VARIABLE, "tree", "/definitions/variable");
        put(MappingKind.TREE_QUESTION, "tree", "/definitions/question");
        put(MappingKind.TREE_BRANCH, "tree", "/definitions/branch");
        put(MappingKind.TREE_OUTCOME, "tree", "/definitions/outcome");
        put(MappingKind.TREE_CASE, "tree", "/definitions/case");
        put(MappingKind.FRONT_MATTER, "front-matter", "");
    }

    private static void put(MappingKind kind, String schema, String pointer) {
        WHERE.put(kind, new String[] {schema + ".schema.json", pointer});
    }

    static JsonNode schema(String name) throws IOException {
        try (InputStream in = SchemaKeysTest.class.getResourceAsStream(SCHEMAS + name)) {
            assertNotNull(in, "no schema " + name + " in the jar's resources");
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyMappingKindHasItsSchemaObjectWithExactlyItsKeys() throws IOException {
        assertEquals(Set.of(MappingKind.values()), WHERE.keySet(), "a mapping kind without a schema object");
        for (var e : WHERE.entrySet()) {
            JsonNode object = schema(e.getValue()[0]).at(e.getValue()[1]);
            assertEquals(e.getKey().keys(), names(object.path("properties")),
                    e.getKey() + " vs " + e.getValue()[0] + "#" + e.getValue()[1] + " (same keys, in the same order)");
            assertEquals(false, object.path("additionalProperties").asBoolean(true),
                    e.getValue()[0] + "#" + e.getValue()[1] + ": the loader rejects unknown keys, so must the schema");
        }
    }

    @Test
    void initWritesEverySchema() throws IOException {
        Set<String> files = new java.util.TreeSet<>();
        WHERE.values().forEach(w -> files.add(w[0]));
        try (InputStream in = SchemaKeysTest.class.getResourceAsStream(SCHEMAS + "files.txt")) {
            assertEquals(files, new java.util.TreeSet<>(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines().filter(l -> !l.isBlank()).toList()), "files.txt lists the schemas init writes");
        }
    }

    @Test
    void everySchemaObjectBelongsToAMappingKind() throws IOException {
        Set<String> described = new LinkedHashSet<>();
        WHERE.values().forEach(w -> described.add(w[0] + "#" + w[1]));
        Set<String> files = new LinkedHashSet<>();
        WHERE.values().forEach(w -> files.add(w[0]));
        for (String file : files) {
            JsonNode root = schema(file);
            List<String> objects = new ArrayList<>();
            objects.add(file + "#");
            for (String def : names(root.path("definitions"))) objects.add(file + "#/definitions/" + def);
            for (String o : objects) {
                assertEquals(true, described.contains(o), o + " describes a mapping that no MappingKind lists");
            }
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }
}
