package org.vademecum.search;

import org.vademecum.testing.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
                "Patients ayant une fracture de l'ESF", "A", "Seul traitement **efficace** [@briot-2018].",
                List.of(), null, List.of(), null, POS);
        Recommendation ap = new Recommendation("arret", null, "Arrêt du traitement", "On peut arrêter.", null,
                "accord-professionnel", null, List.of(), null, List.of(), null, POS);
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
                List.of(ref), List.of(), null, null);
    }

    static RenderedPage page(String url, String kind, String title, String main) {
        return new RenderedPage(url, kind, title,
                Jsoup.parse("<html><body><header><nav>Menu ostéoporose</nav></header><main>" + main
                        + "</main><footer>pied</footer></body></html>"));
    }

    /** The search page is indexable but in neither the sitemap nor the index, as its route says. */
    static RenderedPage unlisted(RenderedPage page) {
        return new RenderedPage(page.route().withIndexing(org.vademecum.render.Route.Indexing.UNLISTED), page.document());
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
                unlisted(page("/recherche/", "search", "Recherche", "<p>rien</p>"))).map(SearchDocuments.IndexedPage::of).toList();
    }

    static SearchIndexFiles index(List<SearchFile> files) {
        return SearchIndexFiles.of(files);
    }

    static SearchIndexFiles build() {
        return index(new SearchIndexBuilder(Fixtures.frenchStrings()).build(content(), pages()));
    }

    /** path -> text of every file, to compare builds. */
    static Map<String, String> texts(List<SearchFile> files) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        files.forEach(f -> out.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8)));
        return out;
    }

    static Map<String, JsonNode> byUrl(SearchIndexFiles index) {
        Map<String, JsonNode> out = new HashMap<>();
        index.documents().forEach(d -> out.put(d.get(0).asText(), d));
        return out;
    }

    @Test
    void sameInputGivesIdenticalBytesWhateverTheOrder() {
        SearchIndexBuilder builder = new SearchIndexBuilder(Fixtures.frenchStrings());
        List<SearchDocument> docs = new SearchDocuments(Fixtures.frenchStrings()).collect(content(), pages());
        List<List<String>> groups = SynonymGroups.fromGlossary(content().glossary());
        Map<String, String> first = texts(builder.build(docs, groups, FrenchNormalizer.RULES));
        List<SearchDocument> shuffled = new ArrayList<>(docs);
        Collections.shuffle(shuffled, new Random(42));
        List<List<String>> shuffledGroups = new ArrayList<>(groups);
        Collections.reverse(shuffledGroups);
        assertEquals(first, texts(builder.build(shuffled, shuffledGroups, FrenchNormalizer.RULES)));
        assertEquals(first, texts(builder.build(content(), pages())));
    }

    @Test
    void indexesSectionsAtTheirAnchorsAndSkipsChromeAndModelPages() {
        SearchIndexFiles index = build();
        List<String> urls = index.documents().stream().map(d -> d.get(0).asText()).toList();
        assertEquals(List.of("/bibliographie/#briot-2018", "/facteurs-de-risque/#facteurs-risque-osteoporose",
                "/glossaire/#corticotherapie", "/glossaire/#dmo", "/recommandations/", "/recommandations/#arret",
                "/recommandations/#zoledronate-fracture-esf", "/traitement/suivi/", "/traitement/suivi/#delai",
                "/traitement/suivi/#dmo"), urls);
        Map<String, Map<String, Integer>> terms = index.scores();
        assertFalse(terms.get("/traitement/suivi/").containsKey("menu"), "nav is not indexed");
        assertFalse(terms.values().stream().anyMatch(t -> t.containsKey("cach")), "data-search-exclude is not indexed");
        assertFalse(terms.values().stream().anyMatch(t -> t.containsKey("rien")), "the search page is not indexed");
        assertFalse(terms.values().stream().anyMatch(t -> t.containsKey("pied")), "the footer is not indexed");
        JsonNode dmoSection = index.documents().get(urls.indexOf("/traitement/suivi/#dmo"));
        assertEquals("Suivi par la DMO", dmoSection.get(2).asText(), "aria-hidden anchor left out of the title");
        assertEquals("Suivi", dmoSection.get(3).asText(), "the page title is the context of a section");
        assertEquals("Une DMO de contrôle.", dmoSection.get(5).asText());
        assertEquals("Deux ans après.", index.documents().get(urls.indexOf("/traitement/suivi/#delai")).get(5).asText());
    }

    /** Theme blocks are skipped by any of their classes, matched whole and case-sensitively, as jsoup splits them. */
    @Test
    void themeBlocksAreSkippedByClass() {
        List<SearchDocument> docs = SearchDocuments.IndexedPage.of(page("/a/", "page", "A",
                "<p class=\"lead\ttoc \">sommaire</p><p class=\"tocs\">gardé</p><p class=\"TOC\">aussi</p>"
                        + "<ul class=\" x page-list\"><li>liste</li></ul>")).documents();
        assertEquals(1, docs.size());
        assertEquals("gardé aussi", docs.get(0).body().strip().replaceAll("\\s+", " "));
    }

    @Test
    void titleOutweighsKeywordsWhichOutweighBody() {
        Map<String, Map<String, Integer>> terms = build().scores();
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
    void recommendationsCarryTheirGradeAsTextAndMarkdownIsFlattened() {
        SearchIndexFiles index = build();
        Map<String, JsonNode> byUrl = byUrl(index);
        JsonNode rec = byUrl.get("/recommandations/#zoledronate-fracture-esf");
        assertEquals("recommandation", rec.get(1).asText());
        assertEquals("Grade A", rec.get(4).asText());
        assertEquals("Recommandation n° 1", rec.get(3).asText());
        assertTrue(rec.get(5).asText().endsWith("Seul traitement efficace ."), rec.get(5).asText());
        assertEquals("Accord professionnel", byUrl.get("/recommandations/#arret").get(4).asText());
        assertEquals("Traitement par DMO.", byUrl.get("/glossaire/#corticotherapie").get(5).asText());
        assertEquals("Mesure de la densité.", byUrl.get("/glossaire/#dmo").get(5).asText());
        assertEquals("DMO — densité minérale osseuse", byUrl.get("/glossaire/#dmo").get(2).asText());
        assertEquals("Recommandation", index.entry.get("k").get("recommandation").get(0).asText());
    }

    @Test
    void synonymGroupsComeFromTheGlossaryNormalised() {
        JsonNode groups = build().entry.get("s");
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
    void longBodiesAreCutForTheSnippetButFullyIndexed() {
        String body = "mot ".repeat(200) + "terminal";
        SearchDocument doc = new SearchDocument("/a/", SearchKind.SECTION, "A", "", "", "", body);
        SearchIndexFiles index = index(new SearchIndexBuilder(Fixtures.frenchStrings()).build(List.of(doc), List.of(), FrenchNormalizer.RULES));
        String text = index.documents().get(0).get(5).asText();
        assertTrue(text.length() <= SearchIndexBuilder.SNIPPET_CHARS + 2 && text.endsWith(" …"), text);
        assertTrue(index.scores().get("/a/").containsKey("terminal"));
    }

    /** The hand-written whitespace cleaning gives what the regex it replaced gave, on any mix of spaces. */
    @Test
    void cleaningAndSnippetsMatchTheRegexDefinition() {
        Random random = new Random(7);
        String spaced = "ab \t\n\r\f\u000b\u00a0\u2003\u202fé";
        String words = "abcdefghijklmnopqrstuvwxyzéèàçôêëïœ0123456789abcdefghijklmnopqrstuvwxyzéè\n ";
        for (int n = 0; n < 20_000; n++) {
            String alphabet = n % 3 == 0 ? words : spaced;
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(n % 10 == 0 ? 400 : 12);
            for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String expected = text.toString().replaceAll("\\s+", " ").strip();
            assertEquals(expected, SearchIndexBuilder.clean(text.toString()));
            String snippet = expected;
            if (expected.length() > SearchIndexBuilder.SNIPPET_CHARS) {
                int cut = expected.lastIndexOf(' ', SearchIndexBuilder.SNIPPET_CHARS);
                snippet = expected.substring(0, cut < SearchIndexBuilder.SNIPPET_CHARS / 2 ? SearchIndexBuilder.SNIPPET_CHARS : cut) + " …";
            }
            assertEquals(snippet, SearchIndexBuilder.snippetText(text.toString()));
        }
    }

    @Test
    void jsonEscapesWhatMustBeEscaped() {
        SearchDocument doc = new SearchDocument("/a/", SearchKind.SECTION, "x \"y\" \\ </script>", "", "", "", "\u0001");
        List<SearchFile> files = new SearchIndexBuilder(Fixtures.frenchStrings()).build(List.of(doc), List.of(), FrenchNormalizer.RULES);
        assertFalse(texts(files).values().stream().anyMatch(t -> t.contains("</script>")));
        assertEquals("x \"y\" \\ </script>", index(files).documents().get(0).get(2).asText());
    }

    @Test
    void duplicateUrlsAreMergedDeterministically() {
        SearchDocument a = new SearchDocument("/a/#x", SearchKind.SECTION, "Section", "", "", "", "");
        SearchDocument b = new SearchDocument("/a/#x", SearchKind.RECOMMENDATION, "Reco", "", "", "", "");
        SearchIndexFiles index = index(new SearchIndexBuilder(Fixtures.frenchStrings()).build(List.of(a, b), List.of(), FrenchNormalizer.RULES));
        assertEquals(1, index.documents().size());
        assertEquals("recommandation", index.documents().get(0).get(1).asText());
    }

    /**
     * The reader ranks before it fetches any document: the entry file gives each document's kind and how many
     * query terms its title has, the postings how many times a term is in the title (the title-coverage bonus).
     */
    @Test
    void entryAndPostingsCarryWhatRankingNeedsWithoutTheDocuments() {
        SearchIndexFiles index = build();
        List<String> urls = index.documents().stream().map(d -> d.get(0).asText()).toList();
        List<String> kinds = new ArrayList<>();
        index.entry.get("k").fieldNames().forEachRemaining(kinds::add);
        int dmo = urls.indexOf("/glossaire/#dmo");
        int key = index.entry.get("dk").get(dmo).asInt();
        assertEquals("glossaire", kinds.get(key % SearchIndexBuilder.KIND_BITS));
        assertEquals(FrenchNormalizer.queryTerms("DMO — densité minérale osseuse").size(), key / SearchIndexBuilder.KIND_BITS);
        assertEquals(urls.size(), index.entry.get("dk").size());
        Map<String, Integer> inTitle = index.titleCounts().get("/glossaire/#dmo");
        assertEquals(1, inTitle.get("dmo"));
        assertEquals(1, inTitle.get("mineral"));
        assertEquals(0, index.titleCounts().get("/traitement/suivi/#dmo").getOrDefault("control", 0), "body only");
        assertEquals(SearchIndexBuilder.TITLE_COUNT_MAX, index(new SearchIndexBuilder(Fixtures.frenchStrings()).build(List.of(new SearchDocument("/a/", SearchKind.PAGE, "os os os os os", "", "", "", "")), List.of(), FrenchNormalizer.RULES))
                .titleCounts().get("/a/").get("os"), "counts are capped");
    }

    @Test
    void vocabularyIsFrontCodedAndDecodesToTheSortedTerms() {
        assertEquals("AacidEeAbAos2Cs", SearchIndexBuilder.frontCoded(List.of("acid", "acide", "b", "os2", "oss")));
        SearchIndexFiles index = build();
        assertEquals(new java.util.TreeSet<>(index.terms).stream().toList(), index.terms, "sorted, unique");
        assertTrue(index.terms.containsAll(List.of("dmo", "densit", "zoledronat", "cortison")), index.terms.toString());
        assertEquals(index.terms.size(), index.postings().size(), "one postings list per term");
    }

    /**
     * Issue 10: the index is split so that a query fetches little: the vocabulary by first character, shards of
     * consecutive terms and chunks of consecutive documents of bounded size, every file under search/ and named by
     * a hash of the whole index (so that no cached part is ever read with another entry file).
     */
    @Test
    void largeIndexesAreSplitIntoBoundedFilesNamedByTheIndexHash() {
        List<SearchDocument> docs = new ArrayList<>();
        Random random = new Random(3);
        for (int d = 0; d < 400; d++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 60; w++) body.append(random.nextBoolean() ? "mot" : "nom").append(random.nextInt(3000)).append(' ');
            docs.add(new SearchDocument("/p" + d + "/", SearchKind.PAGE, "Page " + d, "", "", "", body.toString()));
        }
        List<SearchFile> files = new SearchIndexBuilder(Fixtures.frenchStrings()).build(docs, List.of(), FrenchNormalizer.RULES);
        SearchIndexFiles index = index(files);
        assertTrue(index.entry.get("p").size() > 3 && index.entry.get("d").size() > 3, "split into several files");
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "m", "n", "p"), java.util.stream.StreamSupport.stream(index.entry.get("t").spliterator(), false)
                .map(t -> t.get(0).asText()).toList(), "one vocabulary file per first character");
        assertEquals(400, index.documents().size());
        String hash = index.entry.get("h").asText();
        assertTrue(hash.matches("[0-9a-f]{12}"), hash);
        for (SearchFile f : files) {
            assertTrue(f.path().equals(SearchIndexBuilder.ENTRY) || f.path().matches("search/" + hash + "-([tpd][0-9]+|titles)\\.json"), f.path());
            // a part holds several values within its size, or a single value of any size
            long limit = f.path().matches(".*-p[0-9]+\\.json") ? SearchIndexBuilder.SHARD_CHARS
                    : f.path().matches(".*-d[0-9]+\\.json") ? SearchIndexBuilder.CHUNK_CHARS : Integer.MAX_VALUE;
            int chars = new String(f.bytes(), StandardCharsets.UTF_8).length();
            assertTrue(chars <= limit || index.read(f.path()).size() == 1, f.path() + " " + chars);
        }
        List<SearchDocument> changed = new ArrayList<>(docs);
        changed.set(399, new SearchDocument("/p399/", SearchKind.PAGE, "Page 399 bis", "", "", "", docs.get(399).body()));
        String other = index(new SearchIndexBuilder(Fixtures.frenchStrings()).build(changed, List.of(), FrenchNormalizer.RULES)).entry.get("h").asText();
        assertFalse(hash.equals(other), "any change renames every part");
    }
}
