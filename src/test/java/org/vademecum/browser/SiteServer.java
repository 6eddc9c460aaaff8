package org.vademecum.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A built site served from memory on 127.0.0.1 (a free port) for browser tests: {@code PREFIX/x/} serves
 * {@code x/index.html}, anything else is a 404 with the site's 404 page. The prefix ({@code /} by default) lets a
 * test publish the site in a sub-folder. Every request is logged with its status ({@link #requests()}); the files
 * can be replaced ({@link #setFiles}, for "a new version was published") and slowed ({@link #setDelay});
 * {@link #goOffline()} stops the server
 * (connections are refused, as with no network) and {@link #goOnline()} brings it back on the same port.
 */
public final class SiteServer implements AutoCloseable {
    /** One request as the server saw it. */
    public record Request(String path, int status) {}

    private final String prefix;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "site-server");
        t.setDaemon(true);
        return t;
    });
    private final List<Request> log = new ArrayList<>();
    private volatile Map<String, byte[]> files;
    private volatile long delayMillis;
    private HttpServer server;
    private int port;

    public SiteServer(Map<String, byte[]> files) {
        this(files, "/");
    }

    /** {@code prefix} is the folder the site is published in, e.g. {@code /copie/} (must start and end with '/'). */
    public SiteServer(Map<String, byte[]> files, String prefix) {
        if (!prefix.startsWith("/") || !prefix.endsWith("/")) throw new IllegalArgumentException("prefix: " + prefix);
        this.prefix = prefix;
        this.files = Map.copyOf(files);
        start(0);
    }

    private void start(int wanted) {
        IOException last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", wanted), 0);
                break;
            } catch (BindException e) {
                last = e;
                sleep(100); // the old socket of goOffline() may linger a moment
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (server == null) throw new UncheckedIOException("cannot bind port " + wanted, last);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (delayMillis > 0) sleep(delayMillis);
        String path = URI.create(exchange.getRequestURI().toString()).getPath();
        byte[] body = null;
        String file = null;
        if (path.startsWith(prefix)) {
            file = path.substring(prefix.length());
            if (file.isEmpty() || file.endsWith("/")) file += "index.html";
            body = files.get(file);
        }
        int status = 200;
        if (body == null) {
            status = 404;
            file = "404.html";
            body = files.getOrDefault(file, "not found".getBytes(StandardCharsets.UTF_8));
        }
        synchronized (log) {
            log.add(new Request(exchange.getRequestURI().toString(), status));
        }
        exchange.getResponseHeaders().set("Content-Type", contentType(file));
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The absolute URL of {@code path} (site-relative, with or without a leading '/') on this server. */
    public String url(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return origin() + prefix + p;
    }

    public String origin() {
        return "http://127.0.0.1:" + port;
    }

    public Map<String, byte[]> files() {
        return files;
    }

    /** Publishes another version of the site at the same address. */
    public void setFiles(Map<String, byte[]> files) {
        this.files = Map.copyOf(files);
    }

    /** Answers every request after {@code millis} (0: at once), like a slow network. */
    public void setDelay(long millis) {
        this.delayMillis = millis;
    }

    /** Requests seen so far, in order. */
    public List<Request> requests() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    public void clearRequests() {
        synchronized (log) {
            log.clear();
        }
    }

    /** Stops listening: the browser's requests now fail as they would without a network. */
    public void goOffline() {
        server.stop(0);
    }

    public void goOnline() {
        start(port);
    }

    public static String contentType(String path) {
        if (path.endsWith(".html")) return "text/html; charset=utf-8";
        if (path.endsWith(".js")) return "text/javascript; charset=utf-8";
        if (path.endsWith(".css")) return "text/css; charset=utf-8";
        if (path.endsWith(".json")) return "application/json";
        if (path.endsWith(".webmanifest")) return "application/manifest+json";
        if (path.endsWith(".xml")) return "application/xml";
        if (path.endsWith(".svg")) return "image/svg+xml";
        if (path.endsWith(".png")) return "image/png";
        if (path.endsWith(".txt")) return "text/plain; charset=utf-8";
        return "application/octet-stream";
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
