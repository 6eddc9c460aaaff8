package org.vademecum.trees;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.vademecum.build.BuildOptions;
import org.vademecum.build.SitePipeline;
import org.vademecum.output.OutputFile;

/**
 * Minimal browser-test support for the tree pages: the project built with the real pipeline and served from
 * memory on 127.0.0.1, and headless Debian Chromium through its own chromedriver (nothing is downloaded).
 */
final class TreeBrowser {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private TreeBrowser() {}

    static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    /** A headless phone-sized browser (390×844); {@code javascript} false disables scripts. */
    static ChromeDriver start(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=390,844");
        if (!javascript) options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The built site, served from memory: {@code /x/} serves {@code x/index.html}. */
    static final class Site implements AutoCloseable {
        private final HttpServer server;

        Site(Path project) throws IOException {
            Map<String, byte[]> files = new HashMap<>();
            for (OutputFile f : SitePipeline.build(BuildOptions.of(project)).files()) files.put(f.path(), f.bytes());
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String path = URI.create(exchange.getRequestURI().toString()).getPath().substring(1);
                if (path.isEmpty() || path.endsWith("/")) path += "index.html";
                byte[] body = files.get(path);
                int status = body == null ? 404 : 200;
                if (body == null) body = "not found".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", path.endsWith(".html") ? "text/html; charset=utf-8"
                        : path.endsWith(".js") ? "text/javascript; charset=utf-8"
                        : path.endsWith(".css") ? "text/css; charset=utf-8"
                        : path.endsWith(".json") ? "application/json" : "application/octet-stream");
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
