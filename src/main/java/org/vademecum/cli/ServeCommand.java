package org.vademecum.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vademecum.serve.DevServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site into memory, serves it on 127.0.0.1 and rebuilds when content/ or templates/ change.")
final class ServeCommand implements Callable<Integer> {
    @Mixin ProjectOptions project;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port = 8000;

    @Spec CommandSpec spec;

    /** Serves until the process is stopped; a port out of range or already taken is a usage error (exit 2). */
    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.printf("error: --port %d is not a port number%n    hint: pass --port N with N from 1 to 65535 (e.g. --port 8001)%n", port);
            return Main.USAGE;
        }
        DevServer server;
        try {
            server = new DevServer(project.project, port, out, err, project.verbose);
        } catch (BindException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("in use")) err.printf("error: port %d is already in use%n", port);
            else err.printf("error: cannot listen on 127.0.0.1:%d: %s%n", port, message);
            err.printf("    hint: pass --port N (e.g. --port %d)%n", port == 65535 ? 8001 : port + 1);
            return Main.USAGE;
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
