package org.vademecum.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Collection;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vademecum.pipeline.BuildOptions;
import org.vademecum.pipeline.SiteBuild;
import org.vademecum.pipeline.SitePipeline;
import org.vademecum.render.Theme;
import org.vademecum.testing.Fixtures;

/** {@code serve}: rebuilds on change, keeps the last good site on any failure and exposes it, and keeps watching. */
class DevServerTest {
    @TempDir Path project;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    DevServer server(DevServer.Builds builds) throws IOException {
        return new DevServer(project, 0, new PrintWriter(out), new PrintWriter(err), false, builds);
    }

    /** The pipeline's builds, each preceded by {@code sabotage}. */
    static DevServer.Builds sabotaged(AtomicReference<Runnable> sabotage) {
        return new DevServer.Builds() {
            @Override
            public SiteBuild full(BuildOptions options) {
                sabotage.get().run();
                return SitePipeline.fullBuild(options);
            }

            @Override
            public Optional<SitePipeline.PageUpdate> updatePages(SiteBuild previous, Collection<Path> changed) {
                sabotage.get().run();
                return SitePipeline.updatePages(previous, changed);
            }

            @Override
            public SiteBuild refreshDerived(SiteBuild build) {
                return SitePipeline.refreshDerived(build);
            }
        };
    }

    HttpResponse<String> get(DevServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void awaitGeneration(DevServer server, int generation) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (server.generation() < generation && System.nanoTime() < deadline) Thread.sleep(25);
        assertTrue(server.generation() >= generation, "no rebuild after the change");
    }

    /** Rewrites the page's title and waits for the rebuild it causes. */
    static void retitle(DevServer server, Path page, String title) throws IOException, InterruptedException {
        int generation = server.generation();
        Files.writeString(page, Files.readString(page).replaceFirst("(?m)^title: .*$", "title: " + title));
        awaitGeneration(server, generation + 1);
    }

    @Test
    void rebuildsAfterAChangeAndKeepsServingTheLastGoodSiteOnErrors() throws Exception {
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        Path page = project.resolve("content/pages/soins/eau.md");
        try (DevServer server = server(DevServer.Builds.PIPELINE)) {
            server.start();
            HttpResponse<String> first = get(server, "/soins/eau/");
            assertEquals(200, first.statusCode());
            assertTrue(first.body().contains("<h1>L’eau</h1>"), first.body());
            assertTrue(first.body().contains("__vademecum/reload.js"), "pages carry the reload script in serve mode");
            assertEquals(200, get(server, "/__vademecum/reload.js").statusCode());

            retitle(server, page, "L'eau fraîche");
            assertTrue(get(server, "/soins/eau/").body().contains("L’eau fraîche")); // French typography: ’

            int generation = server.generation();
            Files.writeString(page, Files.readString(page).replace("title: L'eau fraîche", "titel: oups"));
            awaitGeneration(server, generation + 1);
            assertTrue(get(server, "/soins/eau/").body().contains("L’eau fraîche"), "the last good site is still served");
            String errors = get(server, "/__vademecum/errors").body();
            assertTrue(errors.contains("content/pages/soins/eau.md:2:1: error: unknown key 'titel' in front matter"), errors);

            assertEquals(404, get(server, "/nulle-part/").statusCode());
        }
    }

    @Test
    void pageEditsGoTheFastWayAndAnErrorStaysReportedUntilItsPageIsFixed() throws Exception {
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        Path eau = project.resolve("content/pages/soins/eau.md");
        Path marche = project.resolve("content/pages/soins/marche.md");
        try (DevServer server = server(DevServer.Builds.PIPELINE)) {
            server.start();
            retitle(server, eau, "L'eau claire");
            assertTrue(out.toString().matches("(?s).*rebuilt \\d+ pages in .*"), out.toString()); // the page, its section, …

            int generation = server.generation();
            Files.writeString(eau, Files.readString(eau).replace("title: L'eau claire", "titel: oups"));
            awaitGeneration(server, generation + 1);
            retitle(server, marche, "La marche rapide");
            String errors = get(server, "/__vademecum/errors").body();
            assertTrue(errors.contains("content/pages/soins/eau.md:2:1: error: unknown key 'titel'"),
                    "an edit of another page does not hide the error: " + errors);
            assertFalse(get(server, "/soins/marche/").body().contains("La marche rapide"), "the last good site is served");

            generation = server.generation();
            Files.writeString(eau, Files.readString(eau).replace("titel: oups", "title: L'eau"));
            awaitGeneration(server, generation + 1);
            assertEquals("", get(server, "/__vademecum/errors").body());
            assertTrue(get(server, "/soins/marche/").body().contains("La marche rapide"));
            assertTrue(get(server, "/soins/eau/").body().contains("<h1>L’eau</h1>"));
            assertFalse(out.toString().contains("rebuilt site"), "no full rebuild: " + out);
        }
    }

    @Test
    void aSaveByRenameOverThePageIsAPageEdit() throws Exception {
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        Path eau = project.resolve("content/pages/soins/eau.md");
        try (DevServer server = server(DevServer.Builds.PIPELINE)) {
            server.start();
            int generation = server.generation();
            // As many editors save: a temporary file beside the page, renamed over it.
            Path temporary = eau.resolveSibling("eau.md.tmp~");
            Files.writeString(temporary, Files.readString(eau).replace("title: L'eau", "title: L'eau de source"));
            Files.move(temporary, eau, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            awaitGeneration(server, generation + 1);
            assertTrue(get(server, "/soins/eau/").body().contains("L’eau de source"));
            assertTrue(out.toString().matches("(?s).*rebuilt \\d+ pages in .*"), out.toString());
            assertFalse(out.toString().contains("rebuilt site"), out.toString());
        }
    }

    @Test
    void aRebuildThatThrowsAnythingIsShownAndTheNextGoodEditIsServed() throws Exception {
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        Path page = project.resolve("content/pages/soins/eau.md");
        AtomicReference<Runnable> sabotage = new AtomicReference<>(() -> {});
        try (DevServer server = server(sabotaged(sabotage))) {
            server.start();
            sabotage.set(() -> {
                throw new IllegalStateException("boom\nsecond line");
            });
            retitle(server, page, "Premier échec");
            String report = get(server, "/__vademecum/errors").body();
            assertTrue(report.startsWith("internal error: IllegalStateException: boom\n"), report);
            assertTrue(get(server, "/soins/eau/").body().contains("<h1>L’eau</h1>"), "the last good site is still served");

            sabotage.set(() -> overflow(0));
            retitle(server, page, "Deuxième échec");
            report = get(server, "/__vademecum/errors").body();
            assertTrue(report.startsWith("internal error: StackOverflowError"), report);

            sabotage.set(() -> {});
            retitle(server, page, "Réparé");
            assertTrue(get(server, "/soins/eau/").body().contains("Réparé"), "the watcher outlived both failures");
            assertEquals("", get(server, "/__vademecum/errors").body());
        }
        String terminal = err.toString();
        assertEquals(2, terminal.lines().filter(l -> l.startsWith("rebuild failed: internal error: ")).count(), terminal);
        assertTrue(terminal.contains("rebuild failed: internal error: IllegalStateException: boom (serving the last good build; --verbose"),
                terminal);
        assertFalse(terminal.contains("\tat "), "no stack trace without --verbose: " + terminal);
        assertFalse(terminal.contains("second line"), terminal);
    }

    static int overflow(int depth) {
        return overflow(depth + 1) + 1;
    }

    @Test
    void aThemeAssetTheBuildRejectsDoesNotStopTheServer() throws Exception {
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        Fixtures.copyTree(Theme.packagedRoot(), project.resolve("templates"));
        Path page = project.resolve("content/pages/soins/eau.md");
        try (DevServer server = server(DevServer.Builds.PIPELINE)) {
            server.start();
            int generation = server.generation();
            // Code after the end of a block comment, on the same line: the asset compactor refuses it.
            Path asset = project.resolve("templates/assets/extra.js");
            Files.writeString(asset, "/* a comment\n   that ends */ var x = 1;\n");
            awaitGeneration(server, generation + 1);
            String report = get(server, "/__vademecum/errors").body();
            assertFalse(report.isEmpty(), "the failure is shown in the overlay");
            assertEquals(200, get(server, "/soins/eau/").statusCode());

            Files.writeString(asset, "var x = 1;\n");
            awaitGeneration(server, generation + 2);
            retitle(server, page, "Après le thème");
            assertTrue(get(server, "/soins/eau/").body().contains("Après le thème"));
            assertEquals("", get(server, "/__vademecum/errors").body());
        }
    }

    @Test
    void aBurstOfFolderCreationsAndDeletionsDoesNotStopTheWatcher() throws Exception {
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        Path page = project.resolve("content/pages/soins/eau.md");
        try (DevServer server = server(DevServer.Builds.PIPELINE)) {
            server.start();
            Path burst = project.resolve("content/pages/rafale");
            for (int round = 0; round < 30; round++) {
                for (int i = 0; i < 10; i++) Files.createDirectories(burst.resolve("d" + i).resolve("e").resolve("f"));
                deleteTree(burst);
            }
            retitle(server, page, "Après la rafale");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!get(server, "/soins/eau/").body().contains("Après la rafale") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(get(server, "/soins/eau/").body().contains("Après la rafale"), err.toString());
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
