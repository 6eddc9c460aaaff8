package org.vademecum.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The resolution rule of relative Markdown links, form by form, including what happens on bad input. */
class PageLinksTest {
    private final PageLinks links = new PageLinks(List.of("index", "traitement/_index", "traitement/suivi",
            "traitement/bisphosphonates", "prevention/calcium"));

    @Test
    void mdLinksNameThePageBuiltFromThatFileFromThePageFolder() {
        assertEquals("/traitement/suivi/", links.resolve("traitement/bisphosphonates", "suivi.md"));
        assertEquals("/traitement/suivi/", links.resolve("traitement/bisphosphonates", "./suivi.md"));
        assertEquals("/traitement/suivi/#dmo", links.resolve("prevention/calcium", "../traitement/suivi.md#dmo"));
        assertEquals("/traitement/", links.resolve("traitement/suivi", "_index.md"));
        assertEquals("/traitement/suivi/", links.resolve("traitement/_index", "suivi.md"));
        assertEquals("/", links.resolve("traitement/suivi", "../index.md"));
        assertEquals("/traitement/suivi/?v=1#x", links.resolve("index", "traitement/suivi.md?v=1#x"));
    }

    @Test
    void otherRelativeLinksAreReadFromThePageUrlLikeABrowser() {
        assertEquals("/traitement/suivi/", links.resolve("traitement/bisphosphonates", "../suivi/"));
        assertEquals("/traitement/bisphosphonates/suivi/", links.resolve("traitement/bisphosphonates", "suivi/"));
        assertEquals("/suivi/", links.resolve("traitement/_index", "../suivi/"));
        assertEquals("/traitement/", links.resolve("traitement/suivi", ".."));
        assertEquals("/x/", links.resolve("traitement/suivi", "../../../../x/"));
        assertEquals("/traitement/", links.resolve("index", "traitement/"));
    }

    @Test
    void sitePathsSchemesAndAnchorsAreLeftAlone() {
        for (String href : List.of("/traitement/suivi/", "#dmo", "https://example.org/a.md", "mailto:a@example.org",
                "//cdn.example.org/x", "")) {
            assertEquals(href, links.resolve("traitement/suivi", href));
            assertNull(links.problem("traitement/suivi", href));
        }
    }

    @Test
    void mdLinksToNoPageAreLeftAsWrittenAndExplained() {
        assertEquals("absent.md", links.resolve("traitement/suivi", "absent.md"));
        assertEquals("no page file content/pages/traitement/absent.md", links.problem("traitement/suivi", "absent.md#x"));
        assertEquals("../../x.md", links.resolve("traitement/suivi", "../../x.md"));
        assertEquals("the file ../../x.md is outside content/pages", links.problem("traitement/suivi", "../../x.md"));
        assertNull(links.problem("traitement/suivi", "../suivi/"));
        assertNull(links.problem("traitement/bisphosphonates", "suivi.md"));
    }
}
