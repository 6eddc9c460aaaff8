package org.vademecum.cli;

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

    @Override
    public Integer call() throws Exception {
        try (DevServer server = new DevServer(project.project, port)) {
            server.start();
            spec.commandLine().getOut().printf("serving http://127.0.0.1:%d/ (Ctrl+C to stop)%n", server.port());
            new CountDownLatch(1).await();
        }
        return Main.OK;
    }
}
