package org.vademecum.kit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which site addresses are placeholders, so that the kit warns that its QR codes lead nowhere yet. */
class KitPagesTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://vademecum.example.org/", "https://example.com/guide/", "http://www.example.net/",
            "http://localhost:8000/", "http://127.0.0.1/", "https://guide.test/", "https://site.invalid/", "/relative/"})
    void placeholderAddresses(String baseUrl) {
        assertTrue(KitPages.provisional(baseUrl), baseUrl);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://osteoporose.chu-exemple.fr/", "https://examples.org/", "https://example.org.fr/",
            "https://www.grio.org/guide/"})
    void publishedAddresses(String baseUrl) {
        assertFalse(KitPages.provisional(baseUrl), baseUrl);
    }
}
