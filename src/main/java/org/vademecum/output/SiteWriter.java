package org.vademecum.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a built site to disk: everything goes to a fresh folder next to the target, which then replaces the
 * target in one rename. A build that fails before this point leaves the previous site exactly as it was.
 */
public final class SiteWriter {
    private SiteWriter() {}

    public static void write(List<OutputFile> files, Path target) {
        Path out = target.toAbsolutePath().normalize();
        Path parent = out.getParent();
        try {
            Files.createDirectories(parent);
            Path fresh = Files.createTempDirectory(parent, "." + out.getFileName() + ".new-");
            for (OutputFile f : files) {
                Path p = fresh.resolve(f.path()).normalize();
                if (!p.startsWith(fresh)) throw new IllegalArgumentException("output path escapes the site: " + f.path());
                Files.createDirectories(p.getParent());
                Files.write(p, f.bytes());
            }
            Path old = null;
            if (Files.exists(out)) {
                old = parent.resolve("." + out.getFileName() + ".old-" + fresh.getFileName().toString().replaceAll(".*new-", ""));
                move(out, old);
            }
            move(fresh, out);
            if (old != null) deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
