package org.vademecum.search;

import org.vademecum.browser.RealSite;
import org.vademecum.browser.PhoneOnRealSite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in headless Chromium against the real content built by the real pipeline: the French query set
 * ({@code queries.tsv}), the JS normaliser against the Java one, the combobox, the results page.
 * Set {@code -Dvademecum.siteProject=DIR} to run it on another project folder.
 */
class SearchBrowserTest extends PhoneOnRealSite {

    static Stream<Arguments> queries() throws IOException {
        try (InputStream in = SearchBrowserTest.class.getResourceAsStream("/search/queries.tsv")) {
            List<Arguments> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                rows.add(Arguments.of(cols[0], Arrays.stream(cols[1].split("\\|")).map(String::strip).toList()));
            }
            return rows.stream();
        }
    }

    /**
     * Issue 8: a search that finds nothing proposes what to do next: the nearest titles when a word is close to
     * one (here a misspelling beyond the typo tolerance of the search itself), and always the glossary, the trees
     * and the recommendations.
     */
    @Test
    void aSearchWithNoResultProposesTheNearestTermsAndWhereToBrowse() {
        for (String query : List.of("xqzwvk", "zxledrxnaxe")) {
            driver.get(server.url("/recherche/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            wait.until(d -> !d.findElement(By.cssSelector("[data-search-status]")).getText().isEmpty());
            assertTrue(driver.findElements(By.cssSelector("[data-search-results] a")).isEmpty(), query + " finds nothing");
            WebElement help = driver.findElement(By.cssSelector("[data-search-help]"));
            assertTrue(help.isDisplayed(), query + ": no help shown");
            List<String> links = help.findElements(By.cssSelector("a")).stream()
                    .map(a -> a.getDomProperty("href").substring(server.origin().length())).toList();
            assertTrue(links.containsAll(List.of("/glossaire/", "/arbres/", "/recommandations/")), query + ": " + links);
            List<WebElement> closest = help.findElements(By.cssSelector("[data-search-closest] a"));
            if (query.equals("zxledrxnaxe")) {
                assertFalse(closest.isEmpty(), "no nearest term for " + query);
                assertTrue(closest.stream().anyMatch(a -> a.getText().toLowerCase().contains("zolédronate")),
                        closest.stream().map(WebElement::getText).toList().toString());
            }
        }
        // A query that finds something shows no help.
        driver.get(server.url("/recherche/?q=dmo"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("[data-search-results] a")).isEmpty());
        assertFalse(driver.findElement(By.cssSelector("[data-search-help]")).isDisplayed());
    }

    @Test
    void theQuerySetIsLargeEnough() throws IOException {
        assertTrue(queries().count() >= 30);
    }

    /** The results page as the external checker reads it: the first three links of [data-search-results]. */
    List<String> firstThree(String query) {
        driver.get(server.url("/recherche/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> !d.findElement(By.cssSelector("[data-search-status]")).getText().isEmpty());
        // Read in one script call: the list may be redrawn (the rest of the results) between two WebDriver calls.
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) driver.executeScript("return Array.prototype.slice.call("
                + "document.querySelectorAll('[data-search-results] a'), 0, 3)"
                + ".map(function (a) { return a.getAttribute('href'); });");
        return hrefs;
    }

    /** The paths of the scripts the page has fetched so far. */
    @SuppressWarnings("unchecked")
    List<String> scriptsLoaded() {
        return (List<String>) driver.executeScript("return performance.getEntriesByType('resource')"
                + ".map(function (e) { return new URL(e.name).pathname; })"
                + ".filter(function (p) { return /\\.js$/.test(p); });");
    }

    /**
     * The query table: for every row, one of its expected addresses is among the first three results. All rows go
     * through the results page's own search (VademecumSearch.search: the same index, shards fetched over HTTP as
     * the page fetches them, the same ranking) in one script call, and every miss is listed in one assertion. Every
     * tenth row is also searched as a reader does, by opening /recherche/?q=…, and the page must show those same
     * first three links.
     */
    @Test
    void everyQueryOfTheTableFindsItsExpectedItemAmongTheFirstThree() throws IOException {
        List<Arguments> rows = queries().toList();
        List<String> texts = rows.stream().map(r -> (String) r.get()[0]).toList();
        driver.get(server.url("/recherche/"));
        Object answer = driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "Promise.all(arguments[0].map(function (q) {"
                + "  return VademecumSearch.search(q, 50).then(function (urls) { return urls.slice(0, 3); }); }))"
                + ".then(done, function (e) { done('search failed: ' + e); });", texts);
        assertTrue(answer instanceof List<?>, String.valueOf(answer));
        List<?> tops = (List<?>) answer;
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            @SuppressWarnings("unchecked")
            List<String> expected = (List<String>) rows.get(i).get()[1];
            List<?> top = (List<?>) tops.get(i);
            if (top.stream().noneMatch(expected::contains)) misses.add(texts.get(i) + ": expected one of " + expected + " in " + top);
            if (i % 10 == 0) assertEquals(top, firstThree(texts.get(i)), texts.get(i) + ": the results page shows other results");
        }
        assertEquals(List.of(), misses, misses.size() + " of " + rows.size() + " queries miss");
    }

    @Test
    void javascriptNormaliserMatchesTheSharedTable() throws IOException {
        driver.get(server.url("/recherche/"));
        List<String[]> cases = FrenchNormalizerTest.cases();
        List<String> inputs = cases.stream().map(c -> c[0]).toList();
        List<?> actual = (List<?>) driver.executeScript(
                "return arguments[0].map(function (s) { return VademecumSearch.normalise(s).join(' '); });", inputs);
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(cases.get(i)[1], actual.get(i), "JS normalise(" + cases.get(i)[0] + ")");
        }
    }

    /** The English rules run in the browser too (picked by language, as on an English site's page). */
    @Test
    void javascriptEnglishNormaliserMatchesTheSharedTable() throws IOException {
        driver.get(server.url("/recherche/"));
        List<String[]> cases = FrenchNormalizerTest.cases(EnglishNormalizerTest.TABLE);
        List<String> inputs = cases.stream().map(c -> c[0]).toList();
        List<?> actual = (List<?>) driver.executeScript("return arguments[0].map(function (s) {"
                + " return VademecumSearch.normaliserFor('en').normalise(s).join(' '); });", inputs);
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(cases.get(i)[1], actual.get(i), "JS English normalise(" + cases.get(i)[0] + ")");
        }
    }

    @Test
    void javascriptNormaliserMatchesJavaOnEveryTextOfTheSite() throws IOException {
        driver.get(server.url("/recherche/"));
        Set<String> texts = new LinkedHashSet<>();
        new SearchIndexFiles(RealSite.files()).documents().forEach(d -> {
            for (int i = 2; i < d.size(); i++) texts.add(d.get(i).asText());
        });
        List<String> inputs = List.copyOf(texts);
        List<?> actual = (List<?>) driver.executeScript(
                "return arguments[0].map(function (s) { return VademecumSearch.normalise(s).join(' '); });", inputs);
        int checked = 0;
        for (int i = 0; i < inputs.size(); i++) {
            assertEquals(String.join(" ", FrenchNormalizer.queryTerms(inputs.get(i))), actual.get(i), inputs.get(i));
            checked++;
        }
        assertTrue(checked > 100, "only " + checked + " texts");
    }

    @Test
    void typoDistanceAgreesWithTheTextbookDefinition() {
        driver.get(server.url("/recherche/"));
        java.util.Random random = new java.util.Random(7);
        List<List<String>> pairs = new ArrayList<>();
        for (int n = 0; n < 3000; n++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? randomWord(random) : mutate(a, random);
            pairs.add(List.of(a, b));
        }
        List<?> actual = (List<?>) driver.executeScript("return arguments[0].map(function (p) {"
                + " return [VademecumSearch.distance(p[0], p[1], 1, false), VademecumSearch.distance(p[0], p[1], 2, false)]; });", pairs);
        for (int n = 0; n < pairs.size(); n++) {
            int expected = SearchIndexFiles.osa(pairs.get(n).get(0), pairs.get(n).get(1));
            List<?> got = (List<?>) actual.get(n);
            assertEquals(Math.min(expected, 2), ((Number) got.get(0)).intValue(), pairs.get(n) + " k=1");
            assertEquals(Math.min(expected, 3), ((Number) got.get(1)).intValue(), pairs.get(n) + " k=2");
        }
    }

    private static String randomWord(java.util.Random random) {
        StringBuilder w = new StringBuilder();
        int n = 1 + random.nextInt(9);
        for (int i = 0; i < n; i++) w.append((char) ('a' + random.nextInt(4)));
        return w.toString();
    }

    private static String mutate(String a, java.util.Random random) {
        StringBuilder w = new StringBuilder(a);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(w.length() + 1);
            switch (random.nextInt(4)) {
                case 0 -> w.insert(at, (char) ('a' + random.nextInt(4)));
                case 1 -> { if (at < w.length()) w.deleteCharAt(at); }
                case 2 -> { if (at < w.length()) w.setCharAt(at, (char) ('a' + random.nextInt(4))); }
                default -> { if (at + 1 < w.length()) { char c = w.charAt(at); w.setCharAt(at, w.charAt(at + 1)); w.setCharAt(at + 1, c); } }
            }
        }
        return w.toString();
    }

    @Test
    void resultsPageRendersLinksWithKindGradeAndHighlightedWords() {
        driver.get(server.url("/recherche/?q=zoledronique"));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("[data-search-results] li")).isEmpty());
        WebElement first = driver.findElement(By.cssSelector("[data-search-results] li.search-result-recommandation"));
        assertEquals(1, first.findElements(By.tagName("a")).size(), "one link per result");
        assertTrue(first.getText().contains("Recommandation"), first.getText());
        assertTrue(first.getText().contains("Grade A"), first.getText());
        assertFalse(first.findElements(By.tagName("mark")).isEmpty(), "matched words are marked");
        assertEquals("zoledronique", driver.findElement(By.id("q-page")).getDomProperty("value"));
        assertTrue(driver.findElement(By.cssSelector("[data-search-status]")).getText().contains("résultat"));
    }

    @Test
    void indexTextIsNeverParsedAsHtml() {
        driver.get(server.url("/recherche/?q=" + URLEncoder.encode("<img src=x onerror=alert(1)> dmo", StandardCharsets.UTF_8)));
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.cssSelector("[data-search-status]")).getText().isEmpty());
        assertTrue(driver.findElements(By.cssSelector("main img")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector("[data-search-status]")).getText().contains("<img"));
    }

    /**
     * The entry file is fetched when the reader starts a search; a query then fetches the postings of its words
     * and the documents it shows, not the whole index.
     */
    @Test
    void indexIsFetchedOnlyWhenTheReaderStartsASearchAndOnlyWhatAQueryNeeds() {
        driver.get(server.url("/glossaire/"));
        assertEquals(List.of(), searchFetches(), "no index before a search");
        WebElement input = driver.findElement(By.id("q"));
        input.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> searchFetches().equals(List.of("/search/index.json")));
        input.sendKeys("tpd");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "true".equals(input.getDomAttribute("aria-expanded")));
        List<String> fetched = searchFetches();
        for (String kind : List.of("t", "p", "d")) {
            assertTrue(fetched.stream().anyMatch(p -> p.matches("/search/[0-9a-f]+-" + kind + "[0-9]+\\.json")), kind + " part in " + fetched);
        }
        assertEquals(fetched.size(), new LinkedHashSet<>(fetched).size(), "each file once: " + fetched);
        long all = RealSite.files().keySet().stream().filter(p -> p.startsWith("search/")).count();
        assertTrue(fetched.size() < all, fetched.size() + " of " + all + " files");
    }

    /** Paths of the search files the page fetched, in order. */
    private List<String> searchFetches() {
        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>) driver.executeScript("return performance.getEntriesByType('resource')"
                + ".map(function (e) { return new URL(e.name).pathname; })"
                + ".filter(function (p) { return p.indexOf('/search/') === 0; });");
        return paths;
    }

    @Test
    void headerFieldIsAnAccessibleComboboxDrivenByTheKeyboard() {
        driver.get(server.url("/comprendre/"));
        WebElement input = driver.findElement(By.id("q"));
        assertFalse(scriptsLoaded().contains("/assets/search.js"), "a page that is only read does not fetch search.js");
        // Typed at once: search.js arrives on the first key and answers what is already in the field.
        input.sendKeys("tpd");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> "true".equals(input.getDomAttribute("aria-expanded")));
        assertEquals("combobox", input.getDomAttribute("role"));
        String listboxId = input.getDomAttribute("aria-controls");
        assertNotNull(listboxId);
        WebElement listbox = driver.findElement(By.id(listboxId));
        assertEquals("listbox", listbox.getDomAttribute("role"));
        List<WebElement> options = listbox.findElements(By.cssSelector("[role=option]"));
        assertTrue(options.size() >= 2, "results and the 'all results' option");
        assertTrue(options.get(0).getText().contains("TPD"), options.get(0).getText());

        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals(options.get(0).getDomAttribute("id"), input.getDomAttribute("aria-activedescendant"));
        assertEquals("true", options.get(0).getDomAttribute("aria-selected"));
        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals(options.get(1).getDomAttribute("id"), input.getDomAttribute("aria-activedescendant"));
        input.sendKeys(Keys.ARROW_UP);
        assertEquals(options.get(0).getDomAttribute("id"), input.getDomAttribute("aria-activedescendant"));

        WebElement status = driver.findElement(By.cssSelector(".search-status[role=status]"));
        wait.until(d -> status.getText().contains("résultat") || status.getDomProperty("textContent").contains("résultat"));

        input.sendKeys(Keys.ESCAPE);
        assertEquals("false", input.getDomAttribute("aria-expanded"));
        assertEquals(null, input.getDomAttribute("aria-activedescendant"));

        input.sendKeys(Keys.ARROW_DOWN);
        wait.until(d -> "true".equals(input.getDomAttribute("aria-expanded")));
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().endsWith("/glossaire/#tpd"));
    }

    @Test
    void enterWithoutAChoiceOpensTheResultsPage() {
        driver.get(server.url("/"));
        WebElement input = driver.findElement(By.id("q"));
        input.sendKeys("cible densitometrique");
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/recherche/?q=cible"));
        assertTrue(firstThreeOnCurrentPage().contains("/traitement/suivi-dmo/#cible-densitometrique"));
    }

    private List<String> firstThreeOnCurrentPage() {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("[data-search-results] a")).size() >= 3);
        return driver.findElements(By.cssSelector("[data-search-results] a")).stream().limit(3)
                .map(a -> a.getDomAttribute("href")).toList();
    }

    @Test
    void openSearchDescriptionPointsAtTheResultsPage() throws Exception {
        byte[] xml = RealSite.files().get(OpenSearchDescription.PATH);
        assertNotNull(xml);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
        var url = (org.w3c.dom.Element) doc.getElementsByTagNameNS("http://a9.com/-/spec/opensearch/1.1/", "Url").item(0);
        assertTrue(url.getAttribute("template").endsWith("/recherche/?q={searchTerms}"));
        String shortName = doc.getElementsByTagNameNS("http://a9.com/-/spec/opensearch/1.1/", "ShortName").item(0).getTextContent();
        assertTrue(shortName.length() <= 16 && !shortName.isBlank());
    }
}
