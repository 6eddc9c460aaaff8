package org.vademecum.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Writes a site inside a folder that cannot be replaced: a mount point, which no rename can move. Folder-level
 * atomicity is not available there: each file is replaced atomically (temporary file, then rename inside the
 * folder), but a build killed midway leaves a mix of old and new pages until the next build.
 */
final class InPlaceWriter {
    private static final String TEMP_PREFIX = ".vademecum-tmp-";

    private InPlaceWriter() {}

    /** Writes {@code files} into {@code dir} and removes the files the previous site listed that are gone; throws IOException on failure. */
    static void write(List<OutputFile> files, Path dir) throws IOException {
        removeTemporaryFiles(dir);
        List<String> before = SiteMarker.listed(dir).orElse(List.of());
        List<String> now = files.stream().map(OutputFile::path).toList();
        // First a marker listing old and new files, so a build killed midway still knows every file it owns.
        List<String> both = new ArrayList<>(before);
        both.addAll(now);
        writeAtomically(dir, SiteMarker.NAME, SiteMarker.text(both));

        // Stale files go first, so that a file that becomes a folder (or the reverse) does not block the write.
        Set<String> kept = new HashSet<>(now);
        for (String stale : before) {
            if (!kept.contains(stale)) deleteStale(dir, stale);
        }
        for (OutputFile f : files) writeAtomically(dir, f.path(), f.bytes());
        writeAtomically(dir, SiteMarker.NAME, SiteMarker.text(now));
    }

    private static void writeAtomically(Path dir, String relative, byte[] bytes) throws IOException {
        Path to = inside(dir, relative);
        Path temp = dir.resolve(TEMP_PREFIX + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36));
        Files.write(temp, bytes);
        Files.createDirectories(to.getParent());
        Files.move(temp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes a file the previous site owned, then the folders it leaves empty (never {@code dir} itself). */
    private static void deleteStale(Path dir, String relative) throws IOException {
        Path p = inside(dir, relative);
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) return;
        Files.delete(p);
        for (Path d = p.getParent(); !d.equals(dir) && isEmpty(d); d = d.getParent()) Files.delete(d);
    }

    private static Path inside(Path dir, String relative) {
        Path p = dir.resolve(relative).normalize();
        if (!p.startsWith(dir) || p.equals(dir)) throw new IllegalArgumentException("path escapes the site: " + relative);
        return p;
    }

    private static boolean isEmpty(Path d) throws IOException {
        try (Stream<Path> list = Files.list(d)) {
            return list.findAny().isEmpty();
        }
    }

    private static void removeTemporaryFiles(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith(TEMP_PREFIX)).toList()) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) Files.delete(p);
            }
        }
    }
}
