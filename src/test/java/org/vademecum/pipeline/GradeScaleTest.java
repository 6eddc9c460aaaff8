package org.vademecum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vademecum.cli.Main;
import org.vademecum.output.OutputFile;
import org.vademecum.search.SearchIndexFiles;
import org.vademecum.testing.Fixtures;

/**
 * Issue 11 item 4: a project with its own grade scale (content/grades.yaml, GRADE-style) shows its words on the
 * cards, the about page, the recommendations page, the search index, the tree data and in {@code decide}.
 */
class GradeScaleTest {
    @TempDir static Path project;
    static BuiltSite site;

    @BeforeAll
    static void build() {
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        Fixtures.copyTree(Fixtures.fixture("grade-scale"), project);
        site = SitePipeline.build(BuildOptions.of(project));
    }

    static String file(String path) {
        return site.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .map(f -> new String(f.bytes(), StandardCharsets.UTF_8)).orElseThrow(() -> new AssertionError(path));
    }

    static Document page(String path) {
        return Jsoup.parse(file(path));
    }

    @Test
    void cardsShowTheAuthorsLabelMeaningAndColourRole() {
        Element card = page("recommandations/index.html").selectFirst("article.rec-card#marcher-chaque-jour");
        assertEquals("Strong recommendation", card.selectFirst(".grade-badge").text());
        assertEquals("benefits clearly outweigh harms, do it", card.selectFirst(".grade-meaning").text());
        assertTrue(card.hasClass("grade-strong") && card.hasClass("tone-strong"), card.className());
        Element other = page("recommandations/index.html").selectFirst("article.rec-card#boire-de-l-eau");
        assertEquals("Good practice statement", other.selectFirst(".grade-badge").text());
        assertTrue(other.hasClass("tone-neutral"), other.className());
        // a card embedded in a page and the one under a tree outcome use the same scale
        assertEquals("Strong recommendation", page("soins/marche/index.html").selectFirst(".rec-card .grade-badge").text());
        assertEquals("Strong recommendation", page("arbres/essai/index.html").selectFirst(".rec-card .grade-badge").text());
    }

    @Test
    void theRecommendationsPageNamesTheScaleAndFiltersByItsGrades() {
        Document recs = page("recommandations/index.html");
        assertEquals("GRADE", recs.selectFirst(".grade-scale summary").text());
        assertEquals(List.of("Strong recommendation", "Conditional recommendation", "Good practice statement"),
                recs.select(".grade-scale dt").eachText());
        // the filter offers the grades that have recommendations, by id; the jump list groups by grade
        assertEquals(List.of("", "strong", "good-practice"), recs.select("input[name=grade]").eachAttr("value"));
        assertTrue(recs.getElementById("grade-good-practice") != null);
        assertFalse(recs.select(".grade-badge").eachText().contains("Accord professionnel"));
    }

    @Test
    void theAboutPageExplainsTheAuthorsScale() {
        Element list = page("a-propos/index.html").selectFirst(".grade-list");
        assertEquals(List.of("grade-strong", "grade-conditional", "grade-good-practice"), list.select("> div").eachAttr("id"));
        assertEquals("Conditional recommendation benefits probably outweigh harms, discuss with the patient",
                list.getElementById("grade-conditional").text());
        assertTrue(list.selectFirst("#grade-conditional .grade-badge").hasClass("tone-moderate"));
    }

    @Test
    void searchBadgesAndTreeDataCarryTheScale() throws Exception {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        site.files().forEach(f -> files.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8)));
        SearchIndexFiles index = SearchIndexFiles.ofSite(files);
        assertEquals("{\"Strong recommendation\":[\"strong\",\"strong\"],\"Conditional recommendation\":[\"conditional\","
                + "\"moderate\"],\"Good practice statement\":[\"good-practice\",\"neutral\"]}", index.entry.get("g").toString());
        boolean badge = false;
        for (JsonNode d : index.documents()) badge |= d.get(4).asText().equals("Strong recommendation");
        assertTrue(badge, "a recommendation's search result shows its label");
        JsonNode tree = new ObjectMapper().readTree(file("arbres/essai/tree.json"));
        assertEquals("strong", tree.at("/outcomes/fin-un/recommendations/0/grade").asText());
        String svg = file("arbres/essai/apercu.svg");
        assertTrue(svg.contains("(Strong") && !svg.contains("Grade A"), svg);
    }

    @Test
    void decideShowsTheLabelAndItsJsonTheId() throws Exception {
        String text = decide("essai", "--set", "choix=y", "--set", "ok=oui");
        assertTrue(text.contains("marcher-chaque-jour (Strong recommendation)"), text);
        JsonNode json = new ObjectMapper().readTree(decide("essai", "--json", "--set", "choix=y", "--set", "ok=oui"));
        assertEquals("[{\"id\":\"marcher-chaque-jour\",\"grade\":\"strong\"}]", json.get("recommendations").toString());
    }

    private static String decide(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new java.util.ArrayList<>(List.of("decide"));
        all.addAll(List.of(args));
        all.addAll(List.of("--project", project.toString()));
        assertEquals(0, Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true)), err.toString());
        return out.toString();
    }
}
