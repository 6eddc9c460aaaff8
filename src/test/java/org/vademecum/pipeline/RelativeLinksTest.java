package org.vademecum.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vademecum.output.OutputFile;
import org.vademecum.testing.Fixtures;

/**
 * Relative links in a page's Markdown (fixtures/relative-links, laid over the golden site) in each form
 * resolve to the right page: {@code .md} links from the page's file, the others from its URL. The built HTML has
 * them, like every site path, relative to the page that contains them.
 */
class RelativeLinksTest {
    @TempDir Path project;

    @Test
    void everyFormOfRelativeLinkResolvesToTheRightPage() {
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        Fixtures.copyTree(Fixtures.fixture("relative-links/content"), project.resolve("content"));
        BuiltSite site = SitePipeline.build(BuildOptions.of(project));

        Map<String, String> liens = new LinkedHashMap<>();
        liens.put("url relative", "../../soins/marche/");
        liens.put("fichier", "../../soins/marche/");
        liens.put("fichier et ancre", "../../soins/marche/#facteurs");
        liens.put("fichier en ./", "../../soins/eau/");
        liens.put("index de section", "../../soins/");
        liens.put("accueil", "../../");
        liens.put("autre section", "../../autre/page/#plus");
        liens.put("url relative, autre section", "../../autre/page/#plus");
        liens.put("par référence", "../../soins/eau/#boire");
        liens.put("externe", "https://example.org/x.md");
        liens.put("courriel", "mailto:a@example.org");
        liens.put("ancre", "#liens");
        liens.put("chemin du site", "../../soins/marche/");
        assertEquals(liens, hrefs(site, "soins/liens/index.html", liens));

        assertEquals(Map.of("la page", "../autre/page/", "l'accueil", "../"),
                hrefs(site, "autre/index.html", Map.of("la page", "", "l'accueil", "")));
        Map<String, String> page = new LinkedHashMap<>();
        page.put("liens", "../../soins/liens/#liens");
        page.put("section", "../../autre/");
        page.put("l'accueil", "../../");
        assertEquals(page, hrefs(site, "autre/page/index.html", page));
    }

    /** The href of the first link of the page's body with each text of {@code texts}. */
    private static Map<String, String> hrefs(BuiltSite site, String file, Map<String, String> texts) {
        OutputFile html = site.files().stream().filter(f -> f.path().equals(file)).findFirst().orElseThrow();
        Document doc = Jsoup.parse(new String(html.bytes(), StandardCharsets.UTF_8));
        Map<String, String> out = new LinkedHashMap<>();
        for (String text : texts.keySet()) {
            Element a = doc.select("main a[href]").stream()
                    .filter(e -> e.text().replace('\u2019', '\'').equals(text)).findFirst().orElse(null);
            out.put(text, a == null ? null : a.attr("href"));
        }
        return out;
    }
}
