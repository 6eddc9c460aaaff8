package org.vademecum.search;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.vademecum.build.BuildOptions;
import org.vademecum.build.SitePipeline;
import org.vademecum.output.OutputFile;

/**
 * A built site served from memory on 127.0.0.1 (random port) for browser tests and the benchmark:
 * {@code /x/} serves {@code x/index.html}. Close it to stop the server.
 */
final class StaticSite implements AutoCloseable {
    private final Map<String, byte[]> files;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "static-site");
        t.setDaemon(true);
        return t;
    });

    StaticSite(Map<String, byte[]> files) throws IOException {
        this.files = Map.copyOf(files);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            String path = URI.create(exchange.getRequestURI().toString()).getPath().substring(1);
            if (path.isEmpty() || path.endsWith("/")) {
                path += "index.html";
            }
            byte[] body = this.files.get(path);
            int status = 200;
            if (body == null) {
                status = 404;
                body = this.files.getOrDefault("404.html", "not found".getBytes(StandardCharsets.UTF_8));
                path = "404.html";
            }
            exchange.getResponseHeaders().set("Content-Type", contentType(path));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Builds the project with the real pipeline and serves the result. */
    static StaticSite build(Path project) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        for (OutputFile f : SitePipeline.build(BuildOptions.of(project)).files()) {
            files.put(f.path(), f.bytes());
        }
        return new StaticSite(files);
    }

    /** Serves a folder written by {@code vademecum build}. */
    static StaticSite folder(Path root) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return new StaticSite(files);
    }

    /** The project folder the tests build: {@code -Dvademecum.searchProject}, else the Maven project. */
    static Path project() {
        String override = System.getProperty("vademecum.searchProject");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("vademecum.projectDir", "."));
    }

    byte[] file(String path) {
        return files.get(path);
    }

    List<String> paths() {
        return files.keySet().stream().sorted().toList();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    static String contentType(String path) {
        if (path.endsWith(".html")) return "text/html; charset=utf-8";
        if (path.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (path.endsWith(".css")) return "text/css; charset=utf-8";
        if (path.endsWith(".json")) return "application/json";
        if (path.endsWith(".xml")) return "application/xml";
        if (path.endsWith(".svg")) return "image/svg+xml";
        if (path.endsWith(".png")) return "image/png";
        return "application/octet-stream";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
