package org.vademecum.search;

import org.vademecum.testing.Fixtures;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.vademecum.diag.SourcePosition;
import org.vademecum.html.RenderedPage;
import org.vademecum.model.GlossaryEntry;
import org.vademecum.model.Grade;
import org.vademecum.model.Recommendation;
import org.vademecum.model.Reference;
import org.vademecum.model.RiskFactorGroup;
import org.vademecum.model.SiteConfig;
import org.vademecum.model.SiteContent;

class SearchIndexBuilderTest {
    static final SourcePosition POS = SourcePosition.file("test");

    static SiteContent content() {
        SiteConfig config = new SiteConfig("Ostéoporose", "fr", "desc", "https://example.org/", "1", "2026-11-29",
                "d", "s", List.of());
        Recommendation rec = new Recommendation("zoledronate-fracture-esf", 1, "Zolédronate après fracture de l'ESF",
                "Chez les patients ayant une fracture de l'ESF le zolédronate est à considérer en première intention.",
                "Patients ayant une fracture de l'ESF", Grade.A, "Seul traitement **efficace** [@briot-2018].",
                List.of(), null, List.of(), null, POS);
        Recommendation ap = new Recommendation("arret", null, "Arrêt du traitement", "On peut arrêter.", null,
                Grade.ACCORD_PROFESSIONNEL, null, List.of(), null, List.of(), null, POS);
        RiskFactorGroup group = new RiskFactorGroup("facteurs-risque-osteoporose", "Facteurs de risque d'ostéoporose",
                null, List.of(), List.of(new RiskFactorGroup.RiskFactor("Âge", null, List.of()),
                        new RiskFactorGroup.RiskFactor("Corticothérapie > 3 mois", "dose", List.of())), POS);
        GlossaryEntry dmo = new GlossaryEntry("dmo", "DMO", "densité minérale osseuse", "Mesure de la [densité](/x/).",
                List.of("densitométrie"), POS);
        GlossaryEntry cortico = new GlossaryEntry("corticotherapie", "corticothérapie", null, "Traitement par [[terme:dmo]].",
                List.of("cortisone", "corticoïdes"), POS);
        Reference ref = new Reference("briot-2018", "Briot K et al.", "2018 update", "Joint Bone Spine", 2018, "85",
                "519-530", null, null, null, "Note", POS);
        return new SiteContent(config, List.of(), List.of(rec, ap), List.of(group), List.of(), List.of(dmo, cortico),
                List.of(ref), List.of(), null);
    }

    static RenderedPage page(String url, String kind, String title, String main) {
        return new RenderedPage(url, kind, title,
                Jsoup.parse("<html><body><header><nav>Menu ostéoporose</nav></header><main>" + main
                        + "</main><footer>pied</footer></body></html>"));
    }

    static List<SearchDocuments.IndexedPage> pages() {
        return Stream.of(
                page("/traitement/suivi/", "page", "Suivi",
                        "<h1>Suivi</h1><p>Introduction au suivi.</p>"
                                + "<h2 id=\"dmo\">Suivi par la DMO <a aria-hidden=\"true\" href=\"#dmo\">#</a></h2>"
                                + "<p>Une DMO de contrôle.</p><div data-search-exclude>caché</div>"
                                + "<h3 id=\"delai\">Délai</h3><p>Deux ans<br>après.</p>"),
                page("/recommandations/", "recommendations", "Recommandations",
                        "<article id=\"zoledronate-fracture-esf\">Zolédronate</article>"),
                page("/recherche/", "search", "Recherche", "<p>rien</p>")).map(SearchDocuments.IndexedPage::of).toList();
    }

    static JsonNode parse(byte[] json) throws IOException {
        return new ObjectMapper().readTree(json);
    }

    /** url -> (term -> score), decoded from the index. */
    static Map<String, Map<String, Integer>> decode(JsonNode index) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        JsonNode docs = index.get("d");
        for (int t = 0; t < index.get("t").size(); t++) {
            JsonNode p = index.get("p").get(t);
            String term = index.get("t").get(t).asText();
            int plain = p.get(0).asInt();
            int doc = 0;
            for (int i = 1; i <= plain; i++) {
                doc += p.get(i).asInt();
                out.computeIfAbsent(docs.get(doc).get(0).asText(), k -> new HashMap<>()).put(term, SearchIndexBuilder.BODY);
            }
            doc = 0;
            for (int i = plain + 1; i < p.size(); i += 2) {
                doc += p.get(i).asInt();
                out.computeIfAbsent(docs.get(doc).get(0).asText(), k -> new HashMap<>()).put(term, p.get(i + 1).asInt());
            }
        }
        return out;
    }

    @Test
    void sameInputGivesIdenticalBytesWhateverTheOrder() {
        SearchIndexBuilder builder = new SearchIndexBuilder(Fixtures.frenchStrings());
        List<SearchDocument> docs = new SearchDocuments(Fixtures.frenchStrings()).collect(content(), pages());
        List<List<String>> groups = SynonymGroups.fromGlossary(content().glossary());
        byte[] first = builder.build(docs, groups);
        List<SearchDocument> shuffled = new ArrayList<>(docs);
        Collections.shuffle(shuffled, new Random(42));
        List<List<String>> shuffledGroups = new ArrayList<>(groups);
        Collections.reverse(shuffledGroups);
        assertArrayEquals(first, builder.build(shuffled, shuffledGroups));
        assertArrayEquals(first, builder.build(content(), pages()));
    }

    @Test
    void indexesSectionsAtTheirAnchorsAndSkipsChromeAndModelPages() throws IOException {
        JsonNode index = parse(new SearchIndexBuilder(Fixtures.frenchStrings()).build(content(), pages()));
        List<String> urls = new ArrayList<>();
        index.get("d").forEach(d -> urls.add(d.get(0).asText()));
        assertEquals(List.of("/bibliographie/#briot-2018", "/facteurs-de-risque/#facteurs-risque-osteoporose",
                "/glossaire/#corticotherapie", "/glossaire/#dmo", "/recommandations/", "/recommandations/#arret",
                "/recommandations/#zoledronate-fracture-esf", "/traitement/suivi/", "/traitement/suivi/#delai",
                "/traitement/suivi/#dmo"), urls);
        Map<String, Map<String, Integer>> terms = decode(index);
        assertFalse(terms.get("/traitement/suivi/").containsKey("menu"), "nav is not indexed");
        assertFalse(terms.values().stream().anyMatch(t -> t.containsKey("cach")), "data-search-exclude is not indexed");
        assertFalse(terms.values().stream().anyMatch(t -> t.containsKey("rien")), "the search page is not indexed");
        assertFalse(terms.values().stream().anyMatch(t -> t.containsKey("pied")), "the footer is not indexed");
        JsonNode dmoSection = index.get("d").get(urls.indexOf("/traitement/suivi/#dmo"));
        assertEquals("Suivi par la DMO", dmoSection.get(2).asText(), "aria-hidden anchor left out of the title");
        assertEquals("Suivi", dmoSection.get(3).asText(), "the page title is the context of a section");
        assertEquals("Une DMO de contrôle.", dmoSection.get(5).asText());
        assertEquals("Deux ans après.", index.get("d").get(urls.indexOf("/traitement/suivi/#delai")).get(5).asText());
    }

    @Test
    void titleOutweighsKeywordsWhichOutweighBody() throws IOException {
        Map<String, Map<String, Integer>> terms = decode(parse(new SearchIndexBuilder(Fixtures.frenchStrings()).build(content(), pages())));
        assertEquals(SearchIndexBuilder.TITLE + SearchIndexBuilder.BODY, terms.get("/traitement/suivi/#dmo").get("dmo"));
        assertEquals(SearchIndexBuilder.CONTEXT, terms.get("/traitement/suivi/#dmo").get("suivi") - SearchIndexBuilder.TITLE);
        assertEquals(SearchIndexBuilder.KEYWORDS, terms.get("/glossaire/#corticotherapie").get("cortison"));
        assertEquals(SearchIndexBuilder.TITLE + SearchIndexBuilder.BODY, terms.get("/glossaire/#dmo").get("densit"), "title and body");
        assertEquals(SearchIndexBuilder.TITLE, terms.get("/glossaire/#dmo").get("mineral"));
        assertEquals(SearchIndexBuilder.KEYWORDS + SearchIndexBuilder.BODY,
                terms.get("/facteurs-de-risque/#facteurs-risque-osteoporose").get("corticotherapi"));
        assertTrue(terms.get("/recommandations/#zoledronate-fracture-esf").get("fractur")
                > SearchIndexBuilder.TITLE + SearchIndexBuilder.BODY, "body repetitions add up");
    }

    @Test
    void recommendationsCarryTheirGradeAsTextAndMarkdownIsFlattened() throws IOException {
        JsonNode index = parse(new SearchIndexBuilder(Fixtures.frenchStrings()).build(content(), pages()));
        Map<String, JsonNode> byUrl = new HashMap<>();
        index.get("d").forEach(d -> byUrl.put(d.get(0).asText(), d));
        JsonNode rec = byUrl.get("/recommandations/#zoledronate-fracture-esf");
        assertEquals("recommandation", rec.get(1).asText());
        assertEquals("Grade A", rec.get(4).asText());
        assertEquals("Recommandation n° 1", rec.get(3).asText());
        assertTrue(rec.get(5).asText().endsWith("Seul traitement efficace ."), rec.get(5).asText());
        assertEquals("Accord professionnel", byUrl.get("/recommandations/#arret").get(4).asText());
        assertEquals("Traitement par DMO.", byUrl.get("/glossaire/#corticotherapie").get(5).asText());
        assertEquals("Mesure de la densité.", byUrl.get("/glossaire/#dmo").get(5).asText());
        assertEquals("DMO — densité minérale osseuse", byUrl.get("/glossaire/#dmo").get(2).asText());
        assertEquals("Recommandation", index.get("k").get("recommandation").get(0).asText());
    }

    @Test
    void synonymGroupsComeFromTheGlossaryNormalised() throws IOException {
        JsonNode groups = parse(new SearchIndexBuilder(Fixtures.frenchStrings()).build(content(), pages())).get("s");
        assertEquals("[[\"corticoid\",\"corticotherapi\",\"cortison\"],[\"densit mineral osseu\",\"densitometri\",\"dmo\"]]",
                groups.toString());
    }

    @Test
    void expansionsWithParenthesesGiveBothParts() {
        assertEquals(List.of("parathormone", "hormone parathyroïdienne"),
                SynonymGroups.expansionPhrases("parathormone (hormone parathyroïdienne)"));
        assertEquals(List.of("tériparatide"), SynonymGroups.expansionPhrases("tériparatide"));
    }

    @Test
    void longBodiesAreCutForTheSnippetButFullyIndexed() throws IOException {
        String body = "mot ".repeat(200) + "terminal";
        SearchDocument doc = new SearchDocument("/a/", SearchKind.SECTION, "A", "", "", "", body);
        JsonNode index = parse(new SearchIndexBuilder(Fixtures.frenchStrings()).build(List.of(doc), List.of()));
        String text = index.get("d").get(0).get(5).asText();
        assertTrue(text.length() <= SearchIndexBuilder.SNIPPET_CHARS + 2 && text.endsWith(" …"), text);
        assertTrue(decode(index).get("/a/").containsKey("terminal"));
    }

    @Test
    void jsonEscapesWhatMustBeEscaped() throws IOException {
        SearchDocument doc = new SearchDocument("/a/", SearchKind.SECTION, "x \"y\" \\ </script>", "", "", "", "\u0001");
        byte[] json = new SearchIndexBuilder(Fixtures.frenchStrings()).build(List.of(doc), List.of());
        String raw = new String(json, StandardCharsets.UTF_8);
        assertFalse(raw.contains("</script>"));
        assertEquals("x \"y\" \\ </script>", parse(json).get("d").get(0).get(2).asText());
    }

    @Test
    void duplicateUrlsAreMergedDeterministically() throws IOException {
        SearchDocument a = new SearchDocument("/a/#x", SearchKind.SECTION, "Section", "", "", "", "");
        SearchDocument b = new SearchDocument("/a/#x", SearchKind.RECOMMENDATION, "Reco", "", "", "", "");
        JsonNode index = parse(new SearchIndexBuilder(Fixtures.frenchStrings()).build(List.of(a, b), List.of()));
        assertEquals(1, index.get("d").size());
        assertEquals("recommandation", index.get("d").get(0).get(1).asText());
    }
}
