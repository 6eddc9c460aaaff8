package org.vademecum.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.vademecum.pipeline.BuildOptions;
import org.vademecum.pipeline.SiteBuild;
import org.vademecum.pipeline.SitePipeline;
import org.vademecum.diag.ContentErrors;
import org.vademecum.diag.Diagnostic;
import org.vademecum.model.SitePath;
import org.vademecum.output.OutputFile;

/**
 * Development server: builds the project into memory, serves it on 127.0.0.1, rebuilds when a source file
 * changes and tells open pages to reload (Server-Sent Events). It keeps the last good build: an edit of existing
 * Markdown pages re-renders only those pages and the pages that list or show them, which are served (and their
 * open pages reloaded) at once; the files made from the whole site (search index, service worker) follow on
 * another thread, so that they never delay the next edit, and are dropped if a newer edit overtook them. Any other
 * change builds the whole site. A failed rebuild, whatever failed (content errors, a bug, a
 * {@link StackOverflowError}), keeps the last good site, shows the failure over the page and in one line on the
 * terminal, and the next save is rebuilt as usual.
 *
 * <p>It answers GET and HEAD only, to {@code Host} names of this machine only, from a fixed pool of threads.
 */
public final class DevServer implements AutoCloseable {
    static final String EVENTS = "/__vademecum/events";
    static final String ERRORS = "/__vademecum/errors";
    static final int THREADS = 16;
    static final int MAX_STREAMS = 32;

    static {
        // The JDK server reads these once, when its first instance is made; values the user set win. Without a
        // request deadline a client that sends half a request holds a pool thread for ever; the response deadline
        // also ends event streams, which the page's script reopens (and reloads if it missed a rebuild).
        setDefault("sun.net.httpserver.maxReqTime", "10"); // seconds
        setDefault("sun.net.httpserver.maxRspTime", "600"); // seconds
        setDefault("sun.net.httpserver.idleInterval", "30"); // seconds
        setDefault("sun.net.httpserver.maxIdleConnections", "32");
    }

    private final Path project;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean verbose;
    private final Builds builds;
    private final HttpServer http;
    private final ExecutorService threads;
    /** Makes the derived files of each page update, one after the other, while the next edit may be built. */
    private final ExecutorService derivedFiles = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vademecum-derived");
        t.setDaemon(true);
        return t;
    });
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final SourceWatcher watcher;
    private volatile Map<String, byte[]> files = Map.of();
    /** The last good build, and the files changed since it (all of them are applied to it at the next change). */
    private volatile SiteBuild build;
    private final Set<Path> changedSinceBuild = new HashSet<>();
    private volatile List<Diagnostic> errors = List.of();
    private volatile String report = "";
    private volatile int generation;
    private volatile int siteVersion;

    /**
     * Binds 127.0.0.1:{@code port} (0 picks a free one), then builds the site once; messages go to {@code out} and
     * {@code err}, stack traces only when {@code verbose}. Throws {@link java.net.BindException} when the port is
     * taken, before building anything; a failed first build does not throw, it is served as an error page.
     */
    public DevServer(Path project, int port, PrintWriter out, PrintWriter err, boolean verbose) throws IOException {
        this(project, port, out, err, verbose, Builds.PIPELINE);
    }

    /** How the server builds: the pipeline's; tests substitute builds that fail in ways real content cannot. */
    interface Builds {
        SiteBuild full(BuildOptions options);

        Optional<SitePipeline.PageUpdate> updatePages(SiteBuild previous, Collection<Path> changed);

        SiteBuild refreshDerived(SiteBuild build);

        Builds PIPELINE = new Builds() {
            @Override
            public SiteBuild full(BuildOptions options) {
                return SitePipeline.fullBuild(options);
            }

            @Override
            public Optional<SitePipeline.PageUpdate> updatePages(SiteBuild previous, Collection<Path> changed) {
                return SitePipeline.updatePages(previous, changed);
            }

            @Override
            public SiteBuild refreshDerived(SiteBuild build) {
                return SitePipeline.refreshDerived(build);
            }
        };
    }

    /** As above with other builds: tests make them fail in ways real content cannot, on demand. */
    DevServer(Path project, int port, PrintWriter out, PrintWriter err, boolean verbose, Builds builds)
            throws IOException {
        this.project = project;
        this.out = out;
        this.err = err;
        this.verbose = verbose;
        this.builds = builds;
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        threads = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "vademecum-http");
            t.setDaemon(true);
            return t;
        });
        try {
            http.setExecutor(threads);
            http.createContext("/", this::handle);
            rebuild(null);
            watcher = new SourceWatcher(List.of(project.resolve("content"), project.resolve("templates")),
                    this::rebuild, this::watchFailed);
        } catch (IOException | RuntimeException | Error e) {
            http.stop(0);
            threads.shutdownNow();
            derivedFiles.shutdownNow();
            throw e;
        }
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
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

    /** The content errors of the last build; empty when it succeeded or failed otherwise (see {@link #report()}). */
    public List<Diagnostic> errors() {
        return errors;
    }

    /** What the last build's failure looks like in the browser overlay; empty when it succeeded. */
    public String report() {
        return report;
    }

    /**
     * Brings the served site up to date with {@code changed} files ({@code null}: build it all), records the result
     * or the failure and tells the open pages; never throws, whatever the build throws. Page edits go the fast way
     * ({@link SitePipeline#updatePages}): the pages rendered again are served and their open pages reloaded before
     * the derived files are made.
     */
    synchronized void rebuild(Collection<Path> changed) {
        long start = System.nanoTime();
        boolean wasFailing = !report.isEmpty();
        try {
            Optional<SitePipeline.PageUpdate> update = Optional.empty();
            if (changed != null && build != null) {
                changedSinceBuild.addAll(changed);
                update = builds.updatePages(build, changedSinceBuild);
            }
            if (update.isPresent() && update.get().urls().isEmpty() && !wasFailing) {
                // Nothing to show (an editor's temporary file, a page saved unchanged).
                build = update.get().build();
                changedSinceBuild.clear();
            } else if (update.isPresent()) {
                List<String> urls = update.get().urls();
                succeeded(update.get().build(), start, urls.size() + (urls.size() == 1 ? " page" : " pages"));
                // A page that shows the errors overlay reloads whatever changed; others only when they did.
                if (wasFailing) broadcast("data: reload\n\n");
                else if (!urls.isEmpty()) broadcast("data: reload " + String.join(" ", urls) + "\n\n");
                SiteBuild pages = build;
                if (!urls.isEmpty()) derivedFiles.execute(() -> refreshDerived(pages));
            } else {
                succeeded(builds.full(new BuildOptions(project, true)), start, "site");
                broadcast("data: reload\n\n");
            }
        } catch (ContentErrors e) {
            errors = e.diagnostics();
            report = e.report();
            err.print(e.report());
            err.println("serving the last good build; fix the errors above and save");
            broadcast("data: errors\n\n");
        } catch (Throwable e) {
            failed(e);
        } finally {
            generation++;
            err.flush();
        }
    }

    /** Serves {@code pages} with its derived files made again, unless a newer build replaced it meanwhile. */
    private void refreshDerived(SiteBuild pages) {
        if (build != pages) return; // overtaken: the newer build has its own turn
        try {
            SiteBuild complete = builds.refreshDerived(pages);
            synchronized (this) {
                if (build != pages) return;
                build = complete;
                files = filesOf(complete);
            }
        } catch (Throwable e) {
            synchronized (this) {
                failed(e);
                err.flush();
            }
        }
    }

    /** A bug, a theme asset the build rejects, a stack overflow: the server must outlive all of them. */
    private void failed(Throwable e) {
        errors = List.of();
        String line = "internal error: " + describe(e);
        report = line + "\n    the build failed on a bug or a file it cannot handle, not on a content error;"
                + "\n    the terminal has the details with serve --verbose\n";
        err.println("rebuild failed: " + line + " (serving the last good build"
                + (verbose ? ")" : "; --verbose for the stack trace)"));
        if (verbose) e.printStackTrace(err);
        broadcast("data: errors\n\n");
    }

    /** Serves {@code next}, the new last good build. */
    private void succeeded(SiteBuild next, long start, String what) {
        build = next;
        changedSinceBuild.clear();
        files = filesOf(next);
        errors = List.of();
        report = "";
        siteVersion++;
        if (generation > 0) {
            out.printf("rebuilt %s in %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
            out.flush();
        }
    }

    private static Map<String, byte[]> filesOf(SiteBuild build) {
        Map<String, byte[]> map = new HashMap<>();
        for (OutputFile f : build.site().files()) map.put(f.path(), f.bytes());
        return Map.copyOf(map);
    }

    private void watchFailed(Throwable e) {
        err.println("watching the sources: " + describe(e) + "; still watching");
        if (verbose) e.printStackTrace(err);
        err.flush();
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) return e.getClass().getSimpleName();
        return e.getClass().getSimpleName() + ": " + message.strip().lines().findFirst().orElse("");
    }

    /** Writes an event-stream message to every open page, dropping the streams that fail. */
    private void broadcast(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        for (OutputStream stream : listeners) {
            try {
                synchronized (stream) {
                    stream.write(bytes);
                    stream.flush();
                }
            } catch (IOException e) {
                listeners.remove(stream);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            Http.Refusal refusal = Http.refusal(exchange);
            if (refusal != null) {
                Http.sendText(exchange, refusal.status(), refusal.message());
                return;
            }
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case EVENTS -> events(exchange);
                case ERRORS -> Http.sendText(exchange, 200, report);
                case SitePipeline.RELOAD_SCRIPT -> Http.send(exchange, 200, "text/javascript; charset=utf-8", reloadScript());
                default -> file(exchange, path);
            }
        } catch (Throwable e) {
            // The client went away, or sent something unreadable; nothing here may reach the terminal as a trace.
            exchange.close();
        }
    }

    private void file(HttpExchange exchange, String path) throws IOException {
        Map<String, byte[]> current = files;
        if (current.isEmpty()) {
            Http.sendText(exchange, 500, "The site has errors:\n\n" + report);
            return;
        }
        Optional<SitePath> requested = SitePath.parse(path);
        String name = requested.map(SitePath::file).orElse("");
        byte[] body = current.get(name);
        if (body == null && requested.isPresent() && !requested.get().isFolder()
                && SitePath.parse(path + "/").map(folder -> current.containsKey(folder.file())).orElse(false)) {
            exchange.getResponseHeaders().set("Location", path + "/");
            Http.sendText(exchange, 301, "moved to " + path + "/\n");
            return;
        }
        if (body == null) {
            byte[] notFound = current.get("404.html");
            if (notFound == null) Http.sendText(exchange, 404, "not found\n");
            else Http.send(exchange, 404, "text/html; charset=utf-8", notFound);
            return;
        }
        Http.send(exchange, 200, ContentTypes.of(name), body);
    }

    /** Opens an event stream; refused (503) when {@link #MAX_STREAMS} are open even after dropping dead ones. */
    private void events(HttpExchange exchange) throws IOException {
        if (listeners.size() >= MAX_STREAMS) {
            // Drops the streams of closed pages: the first write to a socket the peer closed still succeeds (the
            // peer answers it with a reset), the second one fails.
            broadcast(": ping\n\n");
            broadcast(": ping\n\n");
        }
        if (listeners.size() >= MAX_STREAMS) {
            exchange.getResponseHeaders().set("Retry-After", "5");
            Http.sendText(exchange, 503, "too many open pages; close some and reload\n");
            return;
        }
        Http.commonHeaders(exchange, "text/event-stream; charset=utf-8");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        listeners.add(stream); // before reading the state below, so that no rebuild falls between the two
        synchronized (stream) {
            // "version" lets a page that reconnects after the stream was cut notice a rebuild it missed.
            stream.write(("retry: 1000\n: connected\n\ndata: version " + siteVersion + "\n\n"
                    + (report.isEmpty() ? "" : "data: errors\n\n")).getBytes(StandardCharsets.UTF_8));
            stream.flush();
        }
    }

    private static byte[] reloadScript() throws IOException {
        try (var in = DevServer.class.getResourceAsStream("reload.js")) {
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        watcher.close();
        derivedFiles.shutdownNow();
        http.stop(0);
        threads.shutdownNow();
    }
}
