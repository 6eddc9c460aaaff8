package org.vademecum.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a built site to disk so that, even if the build is killed at any instant, the target holds either the
 * previous site or the new one, complete. Everything goes to a fresh folder next to the target
 * ({@code .<name>.new-<id>}), the marker last, and the fresh folder then takes the target's place in one atomic
 * exchange (two renames where the system has no exchange; the next build repairs a kill between them). A mount
 * point cannot be renamed and is written file by file instead ({@link InPlaceWriter}).
 */
public final class SiteWriter {
    private SiteWriter() {}

    /**
     * Writes {@code files} as the site in {@code folder} (from {@link OutputFolder#check}); throws
     * {@link OutputFolderException} if another build is writing there or the folder is no longer the site's, and
     * UncheckedIOException on a file-system failure (the previous site then stays in place).
     */
    public static void write(List<OutputFile> files, OutputFolder folder) {
        Path target = folder.target();
        try {
            Path lockDir = folder.inPlace() ? target : target.getParent();
            Files.createDirectories(lockDir);
            String lockName = folder.inPlace() ? ".vademecum-lock" : ".vademecum-" + target.getFileName() + ".lock";
            try (FileChannel lock = lock(lockDir.resolve(lockName), folder.requested())) {
                if (folder.inPlace()) {
                    InPlaceWriter.write(files, target);
                } else {
                    recover(target);
                    OutputFolder.requireStillASite(folder);
                    replace(files, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Holds an exclusive lock on {@code lockFile} until the channel is closed (the kernel drops it if we are killed). */
    private static FileChannel lock(Path lockFile, Path out) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameJvm) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new OutputFolderException("error: --out " + out + ": another build is writing to it right now",
                    "wait for that build to finish, then run this one again");
        }
        return channel;
    }

    private static void replace(List<OutputFile> files, Path target) throws IOException {
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        String id = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        Path fresh = parent.resolve("." + name + ".new-" + id);
        try {
            Files.createDirectory(fresh); // umask permissions (createTempDirectory would give 0700: a 403 site)
        } catch (FileAlreadyExistsException clash) {
            replace(files, target);
            return;
        }
        try {
            fill(fresh, files, target);
        } catch (IOException | RuntimeException e) { // disk full, bad path: the previous site stays, untouched
            try {
                deleteLeftover(fresh);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }

        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(fresh, target);
        } else if (AtomicSwap.exchange(fresh, target)) {
            deleteLeftover(fresh); // the previous site, now under the fresh name
        } else {
            Path old = parent.resolve("." + name + ".old-" + id);
            move(target, old); // a kill right here leaves no target: recover() restores old on the next build
            move(fresh, target);
            deleteLeftover(old);
        }
    }

    /** Writes the site into {@code fresh}: in-progress marker first, then the files, carried files, and the marker last. */
    private static void fill(Path fresh, List<OutputFile> files, Path target) throws IOException {
        Files.write(fresh.resolve(SiteMarker.BUILDING), new byte[0]);
        for (OutputFile f : files) {
            Path p = fresh.resolve(f.path()).normalize();
            if (!p.startsWith(fresh) || p.equals(fresh)) {
                throw new IllegalArgumentException("output path escapes the site: " + f.path());
            }
        }
        // Files are independent and the folder is not the site until the marker is written: write them in parallel
        // (at 10,000 pages the writes, not the CPU, were the longest part).
        try {
            files.parallelStream().forEach(f -> {
                try {
                    Path p = fresh.resolve(f.path());
                    Files.createDirectories(p.getParent());
                    Files.write(p, f.bytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (Files.isDirectory(target)) carryUserFiles(target, fresh);
        // The marker goes last: a folder without it is never taken for a site.
        Files.write(fresh.resolve(SiteMarker.NAME), SiteMarker.text(files.stream().map(OutputFile::path).toList()));
        Files.delete(fresh.resolve(SiteMarker.BUILDING));
    }

    /** Copies the previous site's top-level dot-files and CNAME (see {@link SiteMarker#isCarried}) unless the site has them. */
    private static void carryUserFiles(Path previous, Path fresh) throws IOException {
        try (Stream<Path> list = Files.list(previous)) {
            for (Path p : list.filter(p -> SiteMarker.isCarried(p.getFileName().toString())).toList()) {
                Path to = fresh.resolve(p.getFileName().toString());
                if (!Files.exists(to, LinkOption.NOFOLLOW_LINKS)) copyTree(p, to);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    /**
     * Repairs what killed builds left next to {@code target}: restores the newest complete {@code .<name>.old-*}
     * if the target is missing (a kill between the two fallback renames), then deletes every
     * {@code .<name>.new-*} and {@code .<name>.old-*} folder that is empty or carries one of our markers.
     * Nothing else is ever removed.
     */
    static void recover(Path target) throws IOException {
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Pattern leftover = Pattern.compile("\\." + Pattern.quote(name) + "\\.(new|old)-[0-9a-z]+");
        List<Path> found;
        try (Stream<Path> list = Files.list(parent)) {
            found = list.filter(p -> leftover.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted().toList();
        }
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Optional<Path> restorable = found.stream()
                    .filter(p -> p.getFileName().toString().startsWith("." + name + ".old-"))
                    .filter(p -> SiteMarker.isSite(p) && !Files.exists(p.resolve(SiteMarker.BUILDING)))
                    .max(Comparator.comparing(SiteWriter::markerTime));
            if (restorable.isPresent()) move(restorable.get(), target);
        }
        for (Path p : found) {
            if (Files.exists(p) && (SiteMarker.isSite(p) || Files.exists(p.resolve(SiteMarker.BUILDING)) || isEmpty(p))) {
                deleteLeftover(p);
            }
        }
    }

    private static long markerTime(Path site) {
        try {
            return Files.getLastModifiedTime(site.resolve(SiteMarker.NAME)).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.findAny().isEmpty();
        }
    }

    /** Deletes a leftover site folder, its markers last, so that a build killed meanwhile still recognises it. */
    private static void deleteLeftover(Path root) throws IOException {
        Path marker = root.resolve(SiteMarker.NAME);
        Path building = root.resolve(SiteMarker.BUILDING);
        List<Path> folders = new java.util.ArrayList<>();
        List<Path> plainFiles = new java.util.ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                if (p.equals(root) || p.equals(marker) || p.equals(building)) continue;
                (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? folders : plainFiles).add(p);
            }
        }
        // Files first, in parallel (they are independent), then the folders, deepest first.
        try {
            plainFiles.parallelStream().forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        folders.sort(Comparator.reverseOrder());
        for (Path p : folders) Files.delete(p);
        Files.deleteIfExists(building);
        Files.deleteIfExists(marker);
        Files.delete(root);
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes {@code root} and everything under it (symbolic links themselves, never what they point to); does nothing if it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
