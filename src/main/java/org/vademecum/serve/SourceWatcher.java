package org.vademecum.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders recursively (WatchService is not recursive: each folder, and each new one, is registered)
 * and runs the action once per burst of changes, after {@value #QUIET_MS} ms of quiet, with the paths that changed
 * (the roots themselves when events were lost). Nothing stops it but {@link #close()}:
 * folders that vanish while being registered are skipped, and any failure of the action, {@link Error}s
 * included, goes to {@code onFailure} and the watch goes on.
 */
final class SourceWatcher implements AutoCloseable {
    /**
     * Editors save in steps well under a millisecond to a few milliseconds apart on a local disk (write a temporary
     * file, then rename it over the page; or truncate, then write): 25 ms of quiet reads such a save as one change,
     * so a page is not built from its temporary or half-written state. A slower save split in two is only built
     * twice, the second time right. Any longer delays every preview (a page update takes about 40 ms at 1,000 pages).
     */
    static final long QUIET_MS = 25;
    private final List<Path> roots;
    private final WatchService service;
    private final Consumer<Set<Path>> action;
    private final Consumer<Throwable> onFailure;
    private final Thread thread;

    SourceWatcher(List<Path> roots, Consumer<Set<Path>> action, Consumer<Throwable> onFailure) throws IOException {
        this.roots = List.copyOf(roots);
        this.service = FileSystems.getDefault().newWatchService();
        this.action = action;
        this.onFailure = onFailure;
        for (Path root : roots) registerTree(root);
        this.thread = new Thread(this::loop, "vademecum-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /**
     * Registers {@code root} and every folder under it; a folder deleted meanwhile (a burst of mkdir/rmdir) is
     * skipped, its deletion is an event of its own. Throws only when the watch service itself refuses (e.g. the
     * system's limit of watches is reached).
     */
    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                try {
                    dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                    return FileVisitResult.CONTINUE;
                } catch (NoSuchFileException | NotDirectoryException gone) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // gone between listing and visit (or a missing root)
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                return FileVisitResult.CONTINUE; // deleted while being listed
            }
        });
    }

    private void loop() {
        while (true) {
            try {
                WatchKey key = service.take();
                Set<Path> changed = new HashSet<>();
                drain(key, changed);
                // Debounce: editors write several events per save.
                WatchKey more;
                while ((more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) drain(more, changed);
                if (!changed.isEmpty()) action.accept(changed);
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return; // closing
            } catch (Throwable e) {
                if (Thread.currentThread().isInterrupted()) return;
                report(e);
            }
        }
    }

    private void report(Throwable e) {
        try {
            onFailure.accept(e);
        } catch (Throwable ignored) {
            // Reporting must not end the watch either (e.g. a closed terminal).
        }
    }

    /** Adds the paths of {@code key}'s events to {@code changed}. */
    private void drain(WatchKey key, Set<Path> changed) throws IOException {
        Path dir = (Path) key.watchable();
        try {
            for (var event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW || !(event.context() instanceof Path name)) {
                    // Events were lost, new folders among them: register everything again (idempotent).
                    for (Path root : roots) registerTree(root);
                    changed.addAll(roots);
                    continue;
                }
                Path path = dir.resolve(name);
                changed.add(path);
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) registerTree(path);
            }
        } finally {
            key.reset(); // without it the folder would never report again
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
        thread.interrupt();
    }
}
