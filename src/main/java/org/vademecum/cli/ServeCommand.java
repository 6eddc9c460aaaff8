package org.vademecum.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.CountDownLatch;
import org.vademecum.serve.DevServer;

/** {@code vademecum serve}: the dev server. */
final class ServeCommand implements Command {
    static final int DEFAULT_PORT = 8000;
    static final Option PORT = Option.value("--port", "N", "Port to listen on (default: " + DEFAULT_PORT + ").");

    @Override
    public Spec spec() {
        return new Spec("serve", "Builds the site into memory, serves it on 127.0.0.1 and rebuilds when content/ or templates/ change.",
                ProjectOptions.PROJECT, PORT, ProjectOptions.VERBOSE);
    }

    /** Serves until the process is stopped; a port out of range or already taken is a usage error (exit 2). */
    @Override
    public int run(Arguments args, PrintWriter out, PrintWriter err) throws Exception {
        int port = args.integer(PORT, DEFAULT_PORT);
        if (port < 0 || port > 65535) {
            throw new UsageException("--port " + port + " is not a port number", "pass --port N with N from 1 to 65535 (e.g. --port 8001)");
        }
        DevServer server;
        try {
            server = new DevServer(ProjectOptions.project(args), port, out, err, args.has(ProjectOptions.VERBOSE));
        } catch (BindException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            throw new UsageException(message.contains("in use") ? "port " + port + " is already in use"
                    : "cannot listen on 127.0.0.1:" + port + ": " + message,
                    "pass --port N (e.g. --port " + (port == 65535 ? 8001 : port + 1) + ")");
        }
        try (server) {
            server.start();
            out.printf("serving http://127.0.0.1:%d/ (Ctrl+C to stop)%n", server.port());
            out.flush();
            new CountDownLatch(1).await();
        }
        return Main.OK;
    }
}
