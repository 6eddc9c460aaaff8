package org.vademecum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vademecum.cli.Main;
import org.vademecum.diag.Diagnostics;
import org.vademecum.output.OutputFile;
import org.vademecum.render.InterfaceStrings;
import org.vademecum.render.Theme;
import org.vademecum.search.EnglishNormalizer;
import org.vademecum.search.SearchIndexFiles;
import org.vademecum.testing.Fixtures;

/**
 * Issue 11: a second guideline in English ({@code fixtures/english}: pages, recommendations, a glossary, a tree
 * with cases; no risk factors, no sequences) gets an English site: {@code <html lang="en">}, no French interface
 * word, English dates, numbers and yes/no answers, no French spacing, and an English search that finds its pages
 * by plural and verb forms.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnglishSiteTest {
    /** French interface words too short to be caught as whole strings of fr.yaml (checked as whole words). */
    static final List<String> FRENCH_WORDS = List.of("Recommandation", "Recommandations", "Rechercher", "Recherche",
            "Glossaire", "Bibliographie", "Oui", "Non", "Sommaire", "Accueil", "À propos", "Précédent", "Suivant",
            "Hors ligne", "hors ligne", "Arbre", "Arbres", "Résultat", "Résultats", "revu le", "Retour", "Valider",
            "Modifier", "Retirer", "Recommencer", "Commencer", "Départ", "Imprimer", "Remarque", "Justification",
            "Avertissement", "Échelle", "Référence", "Références", "Séquence", "Facteurs", "n°", "novembre", "puis",
            "Tableau", "Aucun", "Aucune", "Accord professionnel", "Source :", "Sources :");

    Map<String, String> site;

    @BeforeAll
    void build() {
        site = new TreeMap<>();
        for (OutputFile f : SitePipeline.build(BuildOptions.of(Fixtures.fixture("english"))).files()) {
            site.put(f.path(), new String(f.bytes(), StandardCharsets.UTF_8));
        }
    }

    List<String> pages() {
        return site.keySet().stream().filter(p -> p.endsWith(".html")).toList();
    }

    /** What a reader sees or hears of a page: its text and the attributes that carry words. */
    static List<String> wordsOf(Document doc) {
        List<String> out = new ArrayList<>();
        out.add(doc.text());
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String k = a.getKey();
                if (k.equals("aria-label") || k.equals("title") || k.equals("placeholder") || k.equals("alt")
                        || k.equals("content") || k.startsWith("data-msg-")) out.add(a.getValue());
            }
            if (e.tagName().equals("template") || e.tagName().equals("noscript")) out.add(Jsoup.parse(e.html()).text());
        }
        return out;
    }

    @Test
    void everyPageIsInEnglish() {
        assertTrue(pages().size() >= 10, pages().toString());
        for (String path : pages()) {
            assertEquals("en", Jsoup.parse(site.get(path)).selectFirst("html").attr("lang"), path);
        }
        assertTrue(site.get("manifest.webmanifest").contains("\"lang\":\"en\""));
        assertTrue(site.get("opensearch.xml").contains("<Language>en</Language>"));
        assertTrue(site.get("arbres/falls-risk/apercu.svg").contains("lang=\"en\""));
    }

    @Test
    void noFrenchInterfaceWordOrStringAnywhere() {
        InterfaceStrings fr = InterfaceStrings.load(Theme.forProject(Fixtures.repo()), "fr", List.of(), new Diagnostics());
        InterfaceStrings en = InterfaceStrings.load(Theme.forProject(Fixtures.repo()), "en", List.of(), new Diagnostics());
        Set<String> english = new HashSet<>(en.values().values());
        // Every French string that is not also English (Page, Section, Sources, Menu...) must be absent.
        List<String> frenchStrings = fr.values().values().stream()
                .filter(v -> v.length() >= 4 && !english.contains(v) && !v.contains("{")).toList();
        assertTrue(frenchStrings.size() > 150, frenchStrings.size() + " French strings");
        List<Pattern> words = FRENCH_WORDS.stream()
                .map(w -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])")).toList();
        Map<String, List<String>> texts = new TreeMap<>();
        for (String path : pages()) texts.put(path, wordsOf(Jsoup.parse(site.get(path))));
        List<String> data = new ArrayList<>(List.of("manifest.webmanifest", "opensearch.xml",
                "arbres/falls-risk/tree.json", "arbres/falls-risk/apercu.svg"));
        site.keySet().stream().filter(p -> p.startsWith("search/")).forEach(data::add);
        assertTrue(data.contains("search/index.json"), data.toString());
        for (String path : data) texts.put(path, List.of(site.get(path)));
        List<String> found = new ArrayList<>();
        texts.forEach((path, list) -> {
            for (String text : list) {
                for (String s : frenchStrings) if (text.contains(s)) found.add(path + ": \"" + s + "\"");
                for (Pattern p : words) if (p.matcher(text).find()) found.add(path + ": " + p.pattern());
            }
        });
        assertEquals(List.of(), found.stream().distinct().toList());
    }

    @Test
    void datesNumbersAndAnswersAreEnglish() {
        Document tree = Jsoup.parse(site.get("arbres/falls-risk/index.html"));
        assertEquals("29 November 2026", tree.selectFirst("footer time[datetime=2026-11-29]").text());
        List<String> answers = tree.select(".tree-answer-label").stream().map(Element::wholeText).toList();
        assertEquals(List.of("Yes", "No", "TUG\u00a0<\u00a013.5\u00a0s", "TUG\u00a0\u2265\u00a013.5\u00a0s"), answers);
        // The data is language-neutral: yes and no, in the page's links and in tree.json.
        assertEquals(List.of("yes", "no"), tree.select("a.tree-answer[data-answer]").eachAttr("data-answer").subList(0, 2));
        assertTrue(site.get("arbres/falls-risk/tree.json").contains("\"options\":[\"yes\",\"no\"]"));
        Element page = tree.selectFirst("article.tree-page");
        assertEquals(".", page.attr("data-msg-decimal"));
        assertEquals(": ", page.attr("data-msg-colon"));
    }

    /** Its own grade scale (content/grades.yaml): its labels on cards, tree outcomes and the about page; no default grade. */
    @Test
    void itsOwnGradeScaleReplacesTheDefault() {
        Document recs = Jsoup.parse(site.get("recommandations/index.html"));
        List<String> badges = recs.select("article .grade-badge").eachText();
        assertTrue(badges.containsAll(List.of("Strong: offer", "Conditional: consider", "Good practice point")), badges.toString());
        assertFalse(recs.select(".grade-badge.grade-offer.tone-strong").isEmpty(), "the badge takes the grade's id and colour role");
        Document tree = Jsoup.parse(site.get("arbres/falls-risk/index.html"));
        assertFalse(tree.select(".grade-badge").isEmpty(), "tree outcomes show the recommendations' grades");
        tree.select(".grade-badge").eachText().forEach(label -> assertTrue(
                List.of("Strong: offer", "Conditional: consider", "Good practice point").contains(label), label));
        String about = Jsoup.parse(site.get("a-propos/index.html")).text();
        assertTrue(about.contains("Strong: offer") && about.contains("the benefits clearly outweigh the harms"), "the about page explains the scale");
        assertTrue(recs.text().contains("Strength of recommendations"), "the scale's own title on the recommendations page");
        for (String path : pages()) {
            String text = Jsoup.parse(site.get(path)).text();
            for (String defaultLabel : List.of("Grade A", "Grade B", "Grade C")) {
                assertFalse(text.contains(defaultLabel), path + " shows the default scale's " + defaultLabel);
            }
        }
        assertTrue(site.get("search/index.json").contains("\"Strong: offer\":[\"offer\",\"strong\"]"), "search badges");
    }

    /** The theme carries no wording of the osteoporosis guide: no file of this other guideline names it. */
    @Test
    void noOsteoporosisWordingAnywhere() {
        Pattern guide = Pattern.compile("(?i)ost[ée]opor|\\bDMO\\b|zol[ée]dron|journ[ée]e[ -]mondiale|World Osteoporosis");
        List<String> found = site.entrySet().stream().filter(e -> guide.matcher(e.getValue()).find())
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), found);
    }

    /** English shortcut words ([[term:…]], [[tree:…]], [!uncertain]) work as the French ones do. */
    @Test
    void englishShortcutsLinkAndFlag() {
        Document gait = Jsoup.parse(site.get("assessment/gait/index.html"));
        List<String> links = gait.select("main a[href]").eachAttr("href");
        assertTrue(links.stream().anyMatch(h -> h.endsWith("glossaire/#tug")), links.toString());
        assertTrue(links.stream().anyMatch(h -> h.endsWith("arbres/falls-risk/")), links.toString());
        assertEquals("Uncertain reading of the source", gait.select("aside.callout-uncertain .callout-title").text());
        assertFalse(gait.text().contains("[!uncertain]") || gait.text().contains("[[term:"), gait.text());
    }

    /** No risk factors and no sequences: neither a page, nor a home tile, nor a menu entry for them. */
    @Test
    void absentCollectionsHaveNoPage() {
        assertFalse(site.containsKey("facteurs-de-risque/index.html"));
        assertFalse(site.containsKey("sequences/index.html"));
        Document home = Jsoup.parse(site.get("index.html"));
        for (String href : home.select("a[href]").eachAttr("href")) {
            assertFalse(href.contains("facteurs-de-risque") || href.contains("sequences"), href);
        }
    }

    @Test
    void noFrenchSpacing() {
        for (String path : pages()) {
            String text = Jsoup.parse(site.get(path)).text();
            assertFalse(Pattern.compile("[\u00a0\u202f][:;?!]").matcher(text).find(), path + ": French spacing in " + text);
        }
        assertTrue(Jsoup.parse(site.get("arbres/falls-risk/index.html")).text().contains("Is the risk of falling high?"));
    }

    /**
     * The index as search.js reads it, queried on the Java side: the English terms of the query, documents that
     * have them all, best total score first (then by url, the documents' order in the index).
     */
    List<String> search(String query) {
        Map<String, Map<String, Integer>> scores = SearchIndexFiles.ofSite(site).scores();
        List<String> terms = EnglishNormalizer.RULES.queryTerms(query);
        if (terms.isEmpty()) return List.of();
        Map<String, Integer> found = new TreeMap<>();
        scores.forEach((url, byTerm) -> {
            if (byTerm.keySet().containsAll(terms)) found.put(url, terms.stream().mapToInt(byTerm::get).sum());
        });
        return found.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "falling|/arbres/falls-risk/",
            "sedatives|/assessment/medicines/",
            "sedative medications|/recommandations/#review-medications",
            "exercises|/recommandations/#offer-exercise",
            "screened|/recommandations/#screen-for-falls",
            "the gait speeds|/assessment/gait/",
            "Glossary|/glossaire/"})
    void englishQueriesFindTheirPageAmongTheFirstThree(String query, String expected) {
        List<String> found = search(query);
        assertTrue(found.stream().limit(3).anyMatch(url -> url.startsWith(expected)), query + ": " + found);
    }

    @Test
    void decideReadsAndWritesLanguageNeutralAnswers() {
        for (String value : List.of("yes", "Yes", "oui")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"decide", "falls-risk", "--project", Fixtures.fixture("english").toString(),
                    "--set", "fallen=" + value, "--json"}, new PrintWriter(out, true), new PrintWriter(err, true));
            assertEquals(0, code, err.toString());
            assertTrue(out.toString().contains("\"answer\":\"yes\""), out.toString());
            assertTrue(out.toString().contains("\"outcome\":\"high-risk\""), out.toString());
        }
        StringWriter out = new StringWriter();
        Main.run(new String[] {"decide", "falls-risk", "--project", Fixtures.fixture("english").toString()},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertTrue(out.toString().contains("answer: yes or no"), out.toString());
        assertTrue(out.toString().contains("--set fallen=yes"), out.toString());
    }
}
