package org.vademecum.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vademecum.browser.RealSite;
import org.vademecum.pipeline.BuildOptions;
import org.vademecum.pipeline.SitePipeline;
import org.vademecum.diag.ContentErrors;
import org.vademecum.diag.Diagnostic;
import org.vademecum.diag.Diagnostics;
import org.vademecum.load.KitLoader;
import org.vademecum.model.Kit;
import org.vademecum.testing.Fixtures;

/** {@code content/kit.yaml}: its format, its author errors, and the kit of the real guide (issue 5). */
class KitLoaderTest {
    private static List<String> errors(Path project, String yaml) throws IOException {
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content/kit.yaml"), yaml);
        Diagnostics d = new Diagnostics();
        new KitLoader(project, d).load();
        return d.list().stream().map(Diagnostic::format).toList();
    }

    @Test
    void noKitFileMeansNoKit(@TempDir Path project) {
        Diagnostics d = new Diagnostics();
        assertEquals(Optional.empty(), new KitLoader(project, d).load());
        assertTrue(!d.hasErrors());
    }

    @Test
    void everyMistakeIsReportedWithItsPosition(@TempDir Path project) throws IOException {
        List<String> errors = errors(project, """
                title: Journée
                dat: 20 octobre
                guide: pas-un-chemin
                sheets:
                  - id: une-fiche
                    format: affiche
                    title: Fiche
                    blocks:
                      - heading: Vide
                  - id: une-fiche
                    title: Encore
                    blocks:
                      - heading: Ok
                        text: Texte.
                    more: /x/
                    colour: rouge
                  - id: Pas_Un_Id
                    title: Sans blocs
                """);
        String all = String.join("\n", errors);
        assertTrue(all.contains("content/kit.yaml:2:1: error: unknown key 'dat' in kit"), all);
        assertTrue(all.contains("did you mean 'date'?"), all);
        assertTrue(all.contains("kit is missing 'date'"), all);
        assertTrue(all.contains("content/kit.yaml:3:8: error: 'guide' must be a site path"), all);
        assertTrue(all.contains("content/kit.yaml:6:13: error: invalid format 'affiche' in kit sheet 'une-fiche'"), all);
        assertTrue(all.contains("kit block 'Vide' has neither 'text' nor 'items'"), all);
        assertTrue(all.contains("duplicate kit sheet id 'une-fiche'"), all);
        assertTrue(all.contains("unknown key 'colour' in kit sheet"), all);
        assertTrue(all.contains("invalid id 'Pas_Un_Id'"), all);
        assertTrue(all.contains("kit sheet is missing 'blocks'"), all);
    }

    @Test
    void kitErrorsStopTheBuildWithTheOtherContentErrors(@TempDir Path project) throws IOException {
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        Files.writeString(project.resolve("content/kit.yaml"), "title: J\ndate: 20 octobre\nsheets:\n  - id: a\n    title: A\n    blocks: []\n    typo: 1\n");
        ContentErrors e = org.junit.jupiter.api.Assertions.assertThrows(ContentErrors.class,
                () -> SitePipeline.build(BuildOptions.of(project)));
        assertTrue(e.report().contains("unknown key 'typo' in kit sheet"), e.report());
        assertTrue(e.report().contains("kit sheet 'a' has no blocks") || e.report().contains("kit sheet is missing 'blocks'"), e.report());
    }

    @Test
    void aKitInAnotherProjectGivesItsPagesAndTheirLinksAreChecked(@TempDir Path project) throws IOException {
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        Files.writeString(project.resolve("content/kit.yaml"), """
                title: Journée
                date: 20 octobre
                sheets:
                  - id: fiche
                    title: Une fiche
                    blocks:
                      - heading: Un titre
                        items: [un, deux]
                    more: /nulle-part/
                """);
        ContentErrors e = org.junit.jupiter.api.Assertions.assertThrows(ContentErrors.class,
                () -> SitePipeline.build(BuildOptions.of(project)));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.format().contains("broken link '/nulle-part/'")), e.report());
        Files.writeString(project.resolve("content/kit.yaml"), Files.readString(project.resolve("content/kit.yaml"))
                .replace("/nulle-part/", "/soins/"));
        var site = SitePipeline.build(BuildOptions.of(project));
        assertTrue(site.files().stream().anyMatch(f -> f.path().equals("journee-mondiale/fiche/index.html")));
        assertTrue(site.files().stream().anyMatch(f -> f.path().equals("journee-mondiale/index.html")));
    }

    @Test
    void theRealKitHasFourHandoutsAndAPosterForThe20thOfOctober() {
        Diagnostics d = new Diagnostics();
        Kit kit = new KitLoader(RealSite.project(), d).load().orElseThrow();
        assertEquals(List.of(), d.list());
        assertEquals("20 octobre", kit.date());
        assertEquals(4, kit.sheets().stream().filter(s -> s.format() == Kit.Format.HANDOUT).count());
        assertEquals(1, kit.sheets().stream().filter(s -> s.format() == Kit.Format.POSTER).count());
        // No-break spaces (French typography) count as spaces: the fact is the wording, not the spacing.
        String text = org.jsoup.Jsoup.parse(RealSite.text("journee-mondiale/calcium-et-vitamine-d/index.html")).text()
                .replace('\u00a0', ' ').replace('\u202f', ' ');
        assertTrue(text.contains("1 000 à 1 200 mg par jour (PNNS)"), "the calcium intake of the seed, as written there");
    }
}
