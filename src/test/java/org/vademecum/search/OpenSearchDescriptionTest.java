package org.vademecum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vademecum.model.SiteConfig;

class OpenSearchDescriptionTest {
    @Test
    void describesTheResultsPageWithAbsoluteUrlsAndAShortName() {
        SiteConfig config = new SiteConfig("Ostéoporose post-ménopausique", "fr", "Référence <clinique> & co",
                "https://example.org/guide/", "1", "2026-11-29", "", "", List.of(), SiteConfig.DEFAULT_OFFLINE_BUDGET);
        String xml = new String(OpenSearchDescription.xml(config), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<ShortName>Ostéoporose</ShortName>"), xml);
        assertTrue(xml.contains("template=\"https://example.org/guide/recherche/?q={searchTerms}\""), xml);
        assertTrue(xml.contains("Référence &lt;clinique&gt; &amp; co"), xml);
        assertTrue(xml.contains("<Language>fr</Language>"), xml);
    }

    @Test
    void shortNameIsCutAtAWordWithinSixteenCharacters() {
        assertEquals("Vademecum", OpenSearchDescription.shortName("Vademecum"));
        assertEquals("Guide de la", OpenSearchDescription.shortName("Guide de la santé osseuse"));
        assertEquals("Anticonstitution", OpenSearchDescription.shortName("Anticonstitutionnellement"));
    }
}
