package org.vademecum.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vademecum.testing.Fixtures;

/** {@code serve}: rebuilds on change, keeps the last good site on failure and exposes the errors. */
class DevServerTest {
    @TempDir Path project;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> get(DevServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static void awaitGeneration(DevServer server, int generation) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (server.generation() < generation && System.nanoTime() < deadline) Thread.sleep(25);
        assertTrue(server.generation() >= generation, "no rebuild after the change");
    }

    @Test
    void rebuildsAfterAChangeAndKeepsServingTheLastGoodSiteOnErrors() throws Exception {
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        Path page = project.resolve("content/pages/soins/eau.md");
        try (DevServer server = new DevServer(project, 0)) {
            server.start();
            HttpResponse<String> first = get(server, "/soins/eau/");
            assertEquals(200, first.statusCode());
            assertTrue(first.body().contains("<h1>L'eau</h1>") || first.body().contains("<h1>L’eau</h1>"), first.body());
            assertTrue(first.body().contains("__vademecum/reload.js"), "pages carry the reload script in serve mode");
            assertEquals(200, get(server, "/__vademecum/reload.js").statusCode());

            int generation = server.generation();
            Files.writeString(page, Files.readString(page).replace("title: L'eau", "title: L'eau fraîche"));
            awaitGeneration(server, generation + 1);
            assertTrue(get(server, "/soins/eau/").body().contains("L’eau fraîche")); // French typography: ’

            generation = server.generation();
            Files.writeString(page, Files.readString(page).replace("title: L'eau fraîche", "titel: oups"));
            awaitGeneration(server, generation + 1);
            assertTrue(get(server, "/soins/eau/").body().contains("L’eau fraîche"), "the last good site is still served");
            String errors = get(server, "/__vademecum/errors").body();
            assertTrue(errors.contains("content/pages/soins/eau.md:2:1: error: unknown key 'titel' in front matter"), errors);

            assertEquals(404, get(server, "/nulle-part/").statusCode());
        }
    }
}
