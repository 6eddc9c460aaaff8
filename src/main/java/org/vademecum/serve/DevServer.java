package org.vademecum.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.vademecum.build.BuildOptions;
import org.vademecum.build.BuiltSite;
import org.vademecum.build.SitePipeline;
import org.vademecum.diag.ContentErrors;
import org.vademecum.diag.Diagnostic;
import org.vademecum.diag.Diagnostics;
import org.vademecum.output.OutputFile;

/**
 * Development server: builds the project into memory, serves it on 127.0.0.1, rebuilds when a source file
 * changes and tells open pages to reload (Server-Sent Events). A failed rebuild keeps the last good site and
 * shows its errors over the page.
 */
public final class DevServer implements AutoCloseable {
    static final String EVENTS = "/__vademecum/events";
    static final String ERRORS = "/__vademecum/errors";

    private final Path project;
    private final HttpServer http;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final SourceWatcher watcher;
    private volatile Map<String, byte[]> files = Map.of();
    private volatile List<Diagnostic> errors = List.of();
    private volatile int generation;

    public DevServer(Path project, int port) throws IOException {
        this.project = project;
        rebuild();
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        http.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "vademecum-http");
            t.setDaemon(true);
            return t;
        }));
        http.createContext("/", this::handle);
        watcher = new SourceWatcher(List.of(project.resolve("content"), project.resolve("templates")), this::rebuildAndNotify);
    }

    public void start() {
        http.start();
        watcher.start();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** Incremented after every rebuild, successful or not; lets tests wait for one. */
    public int generation() {
        return generation;
    }

    public List<Diagnostic> errors() {
        return errors;
    }

    synchronized void rebuild() {
        try {
            BuiltSite site = SitePipeline.build(new BuildOptions(project, true));
            Map<String, byte[]> map = new HashMap<>();
            for (OutputFile f : site.files()) map.put(f.path(), f.bytes());
            files = Map.copyOf(map);
            errors = List.of();
        } catch (ContentErrors e) {
            errors = e.diagnostics();
            System.err.print(e.report());
            System.err.println("serving the last good build; fix the errors above and save");
        } finally {
            generation++;
        }
    }

    private void rebuildAndNotify() {
        long start = System.nanoTime();
        rebuild();
        if (errors.isEmpty()) {
            System.out.printf("rebuilt in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        }
        broadcast(errors.isEmpty() ? "reload" : "errors");
    }

    private void broadcast(String event) {
        byte[] message = ("data: " + event + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(message);
                out.flush();
            } catch (IOException e) {
                listeners.remove(out);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try {
            switch (path) {
                case EVENTS -> events(exchange);
                case ERRORS -> send(exchange, 200, "text/plain; charset=utf-8",
                        Diagnostics.report(errors).getBytes(StandardCharsets.UTF_8));
                case SitePipeline.RELOAD_SCRIPT -> send(exchange, 200, "text/javascript; charset=utf-8", reloadScript());
                default -> file(exchange, path);
            }
        } catch (IOException e) {
            exchange.close();
        }
    }

    private void file(HttpExchange exchange, String path) throws IOException {
        Map<String, byte[]> current = files;
        if (current.isEmpty()) {
            send(exchange, 500, "text/plain; charset=utf-8", ("The site has errors:\n\n" + Diagnostics.report(errors))
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = path.substring(1);
        if (name.isEmpty() || name.endsWith("/")) name += "index.html";
        byte[] body = current.get(name);
        if (body == null && current.containsKey(name + "/index.html")) {
            exchange.getResponseHeaders().add("Location", path + "/");
            send(exchange, 301, "text/plain", new byte[0]);
            return;
        }
        if (body == null) {
            send(exchange, 404, "text/html; charset=utf-8", current.getOrDefault("404.html", new byte[0]));
            return;
        }
        send(exchange, 200, ContentTypes.of(name), body);
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write((": connected\n\n" + (errors.isEmpty() ? "" : "data: errors\n\n")).getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private static byte[] reloadScript() throws IOException {
        try (var in = DevServer.class.getResourceAsStream("reload.js")) {
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        watcher.close();
        http.stop(0);
    }
}
