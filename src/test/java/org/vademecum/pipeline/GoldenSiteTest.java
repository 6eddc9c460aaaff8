package org.vademecum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.vademecum.output.OutputFile;
import org.vademecum.output.SiteWriter;
import org.vademecum.testing.Fixtures;

/**
 * Renders the small fixture site (pages, every data collection, a decision tree and a kit) and compares every
 * HTML page, the sitemap, robots file, tree data, search index and service worker with the stored expected output
 * (fixtures/golden/expected). A missing expected folder fails; regenerate with -Dvademecum.updateExpected=true and
 * review the diff.
 */
class GoldenSiteTest {
    @Test
    void renderedPagesMatchTheStoredExpectedFiles() throws IOException {
        BuiltSite site = SitePipeline.build(BuildOptions.of(Fixtures.fixture("golden/site")));
        Map<String, String> actual = new TreeMap<>();
        for (OutputFile f : site.files()) {
            if (f.path().matches(".*\\.(html|xml|txt|json)") || f.path().equals("sw.js")) {
                actual.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8));
            }
        }
        Path expectedDir = Fixtures.fixture("golden/expected");
        if (!Fixtures.updateExpected()) {
            assertTrue(Files.isDirectory(expectedDir), expectedDir + " is missing: run the tests with"
                    + " -Dvademecum.updateExpected=true to write it, then review it before committing");
        } else {
            SiteWriter.deleteTree(expectedDir);
            for (var e : actual.entrySet()) {
                Path p = expectedDir.resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            }
        }
        Map<String, String> expected = new TreeMap<>();
        Fixtures.readTree(expectedDir).forEach((k, v) -> expected.put(k, new String(v, StandardCharsets.UTF_8)));
        assertEquals(expected.keySet(), actual.keySet(), "the set of pages changed");
        for (String path : expected.keySet()) {
            assertEquals(expected.get(path), actual.get(path), "rendered " + path + " differs from the expected file");
        }
    }
}
