package org.vademecum.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vademecum.diag.ContentErrors;
import org.vademecum.output.OutputFile;
import org.vademecum.testing.Fixtures;

/**
 * {@code serve}'s update of a kept build after an edit of pages ({@link SitePipeline#updatePages}, then
 * {@link SitePipeline#refreshDerived}) gives every file byte for byte as a full build of the edited project, and
 * reports an edit's errors as the full build does, leaving the previous build as it was.
 */
class PageEditsTest {
    @TempDir Path project;
    Path eau;
    Path marche;
    SiteBuild build;

    @BeforeEach
    void buildTheFixture() {
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        eau = project.resolve("content/pages/soins/eau.md");
        marche = project.resolve("content/pages/soins/marche.md");
        build = SitePipeline.fullBuild(new BuildOptions(project, true));
    }

    /** Applies the edit of {@code files} to the kept build and checks it against a full build; returns the pages rendered. */
    List<String> update(Path... files) {
        SitePipeline.PageUpdate update = SitePipeline.updatePages(build, List.of(files))
                .orElseThrow(() -> new AssertionError("an edit of pages must not need a full build"));
        build = SitePipeline.refreshDerived(update.build());
        assertSameFiles(SitePipeline.fullBuild(new BuildOptions(project, true)).site().files(), build.site().files());
        return update.urls();
    }

    static void assertSameFiles(List<OutputFile> expected, List<OutputFile> actual) {
        Map<String, byte[]> want = new TreeMap<>();
        expected.forEach(f -> want.put(f.path(), f.bytes()));
        Map<String, byte[]> got = new TreeMap<>();
        actual.forEach(f -> got.put(f.path(), f.bytes()));
        assertEquals(want.keySet(), got.keySet(), "the set of files");
        assertEquals(expected.stream().map(OutputFile::path).toList(), actual.stream().map(OutputFile::path).toList(),
                "the order of files");
        want.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), path + " differs from the full build's"));
    }

    static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void aChangedBodyRendersThatPageAlone() throws IOException {
        replace(eau, "Boire [[sequence", "Boire souvent [[sequence");
        assertEquals(List.of("/soins/eau/"), update(eau));
    }

    @Test
    void aChangedTitleRendersThePagesThatListIt() throws IOException {
        replace(eau, "title: L'eau", "title: L'eau du robinet");
        List<String> urls = update(eau);
        // Its section lists it, the home page lists the section's pages, its neighbour links to it.
        assertTrue(urls.containsAll(List.of("/", "/soins/", "/soins/eau/", "/soins/marche/")), urls.toString());
        assertFalse(urls.contains("/glossaire/"), urls.toString());
    }

    @Test
    void aNewTitleOfThePageThatExplainsARecommendationReachesTheCardsOnOtherPages() throws IOException {
        // eau.md embeds a sequence whose recommendation's card links to marche.md, by its title.
        replace(marche, "title: La marche", "title: La marche à pied");
        List<String> urls = update(marche);
        assertTrue(urls.containsAll(List.of("/soins/eau/", "/recommandations/")), urls.toString());
    }

    @Test
    void anAddedCrossLinkAndSuccessiveEditsKeepMatchingTheFullBuild() throws IOException {
        replace(eau, "Boire [[sequence", "Voir [la marche](marche.md#recommandation). Boire [[sequence");
        update(eau);
        // The link follows a renamed heading of the page it links to; both edited in one burst.
        replace(marche, "## Recommandation", "## Recommandation du jour");
        replace(eau, "marche.md#recommandation)", "marche.md#recommandation-du-jour)");
        replace(eau, "title: L'eau", "title: De l'eau");
        update(eau, marche);
        replace(eau, "Voir [la marche](marche.md#recommandation-du-jour). ", "");
        update(eau);
    }

    @Test
    void anEditWithAnErrorIsReportedAsByTheFullBuildAndLeavesTheBuildAsItWas() throws IOException {
        List<OutputFile> before = build.site().files();
        replace(eau, "title: L'eau", "titel: L'eau");
        replace(marche, "[la suite](/soins/eau/#boire)", "[la suite](/soins/nulle-part/)");
        ContentErrors expected = assertThrows(ContentErrors.class, () -> SitePipeline.fullBuild(new BuildOptions(project, true)));
        ContentErrors actual = assertThrows(ContentErrors.class, () -> SitePipeline.updatePages(build, List.of(eau, marche)));
        assertEquals(expected.report(), actual.report());
        assertSame(before, build.site().files());

        // Gate 2: the front matter fixed, the broken link remains.
        replace(eau, "titel: L'eau", "title: L'eau");
        expected = assertThrows(ContentErrors.class, () -> SitePipeline.fullBuild(new BuildOptions(project, true)));
        actual = assertThrows(ContentErrors.class, () -> SitePipeline.updatePages(build, List.of(eau, marche)));
        assertTrue(expected.report().contains("broken link '/soins/nulle-part/'"), expected.report());
        assertEquals(expected.report(), actual.report());

        replace(marche, "[la suite](/soins/nulle-part/)", "[la suite](/soins/eau/#boire)");
        update(eau, marche);
    }

    @Test
    void aRenamedHeadingBreaksTheLinksOfPagesThatWereNotEdited() throws IOException {
        // marche.md links to /soins/eau/#boire; only eau.md is edited.
        replace(eau, "## Boire", "## Boire souvent");
        ContentErrors expected = assertThrows(ContentErrors.class, () -> SitePipeline.fullBuild(new BuildOptions(project, true)));
        ContentErrors actual = assertThrows(ContentErrors.class, () -> SitePipeline.updatePages(build, List.of(eau)));
        assertTrue(expected.report().contains("content/pages/soins/marche.md:"), expected.report());
        assertEquals(expected.report(), actual.report());
    }

    @Test
    void theRealGuideAfterATitleAndABodyEdit(@TempDir Path guide) throws IOException {
        Fixtures.copyTree(Fixtures.repo().resolve("content"), guide.resolve("content"));
        Fixtures.copyTree(Fixtures.repo().resolve("templates"), guide.resolve("templates"));
        project = guide;
        build = SitePipeline.fullBuild(new BuildOptions(project, true));
        // It explains recommendations, cites the bibliography and is listed by the kit and the trees.
        Path suivi = guide.resolve("content/pages/traitement/suivi.md");
        replace(suivi, "title: Suivi des traitements", "title: Suivi des traitements en cours");
        replace(suivi, "## Quand réévaluer", "## Quand réévaluer ?\n\nUn paragraphe de plus.");
        List<String> urls = update(suivi);
        assertTrue(urls.contains("/traitement/suivi/") && urls.size() < build.routes().size() / 2, urls.toString());
    }

    @Test
    void anythingButAnEditOfExistingPagesAsksForTheFullBuild() throws IOException {
        Path added = project.resolve("content/pages/soins/nouvelle.md");
        Files.writeString(added, "---\ntitle: Nouvelle\n---\nTexte.\n");
        assertTrue(SitePipeline.updatePages(build, List.of(added)).isEmpty(), "an added page");
        Files.delete(added);
        assertTrue(SitePipeline.updatePages(build, List.of(project.resolve("content/site.yaml"))).isEmpty(), "site.yaml");
        assertTrue(SitePipeline.updatePages(build, List.of(project.resolve("content/pages/soins/_index.md"),
                project.resolve("templates/page.ftlh"))).isEmpty(), "a template");
        Files.delete(marche);
        assertTrue(SitePipeline.updatePages(build, List.of(marche)).isEmpty(), "a deleted page");
    }

    @Test
    void anEditorsTemporaryFilesChangeNothing() {
        // Written, then renamed over the page (or deleted) before the watcher reported it; dot-files are skipped.
        Set<Path> transient_ = Set.of(project.resolve("content/pages/soins/eau.md.tmp"),
                project.resolve("content/pages/soins/4913"), project.resolve("content/pages/soins/.eau.md.swp"));
        SitePipeline.PageUpdate update = SitePipeline.updatePages(build, transient_).orElseThrow();
        assertEquals(List.of(), update.urls());
        assertSame(build, update.build());
    }
}
