package org.vademecum.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one mapping between a site address and the file it is written to, both ways. */
class SitePathTest {
    @ParameterizedTest
    @CsvSource({"/, index.html", "/traitement/suivi/, traitement/suivi/index.html", "/404.html, 404.html",
            "/assets/site.css, assets/site.css", "/arbres/x/tree.json, arbres/x/tree.json"})
    void mapsAnAddressToItsFileAndBack(String path, String file) {
        assertEquals(file, SitePath.of(path).file());
        assertEquals(SitePath.of(path), SitePath.ofFile(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a/", "//x/", "/a//b/", "/a/../b/", "/./", "/a?q=1", "/a/#x", "/a\\b/", "/a\nb/"})
    void rejectsWhatIsNotASitePath(String value) {
        assertTrue(SitePath.parse(value).isEmpty(), value);
        assertThrows(IllegalArgumentException.class, () -> SitePath.of(value));
    }

    @Test
    void servicesForPagesAndLinks() {
        SitePath trees = SitePath.folder("arbres");
        assertEquals("/arbres/x/", trees.child("x").value());
        assertEquals("/arbres/x/apercu.svg", trees.child("x").fileNamed("apercu.svg").value());
        assertEquals("/glossaire/#dmo", SitePath.folder("glossaire").anchor("dmo"));
        assertEquals("/traitement/", SitePath.of("/traitement/suivi/").section().value());
        assertEquals("./", SitePath.ROOT.relative());
        assertEquals("a/b/", SitePath.of("/a/b/").relative());
        assertEquals("https://h/base/a/", SitePath.of("/a/").absolute("https://h/base/"));
        assertThrows(IllegalArgumentException.class, () -> SitePath.of("/404.html").child("x"));
    }
}
