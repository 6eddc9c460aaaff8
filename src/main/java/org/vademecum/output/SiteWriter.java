package org.vademecum.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a built site to disk so that, even if the build is killed at any instant, the target holds either the
 * previous site or the new one, complete. Everything goes to a folder next to the target (the spare
 * {@code .<name>.spare}, which holds the site before the previous one, or a fresh {@code .<name>.new-<id>}), the
 * marker last, and that folder then takes the target's place in one atomic exchange (two renames where the system
 * has no exchange; the next build repairs a kill between them). A mount
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

    /**
     * The new site is written into the spare folder {@code .<name>.spare} next to the target, which then takes the
     * target's place; the previous site becomes the next build's spare instead of being deleted. Overwriting the
     * spare's files costs much less than creating as many files in an empty folder and deleting the previous site
     * (2,100 files on the 2-core test machine's ext4 disk: 0.3-0.6 s against 0.6-2.5 s). The price is a second
     * copy of the site on disk. A spare that is not ours (no marker, not empty) is never touched: a fresh folder
     * {@code .<name>.new-<id>} is used, and deleted after the exchange.
     */
    private static void replace(List<OutputFile> files, Path target) throws IOException {
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path spare = parent.resolve("." + name + ".spare");
        String id = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
        boolean reuse = isOurs(spare);
        Path fresh = reuse ? spare : parent.resolve("." + name + ".new-" + id);
        if (!reuse) {
            try {
                Files.createDirectory(fresh); // umask permissions (createTempDirectory would give 0700: a 403 site)
            } catch (FileAlreadyExistsException clash) {
                replace(files, target);
                return;
            }
        }
        try {
            fill(fresh, files, target);
        } catch (IOException | RuntimeException e) { // disk full, bad path: the previous site stays, untouched
            if (!reuse) {
                try {
                    deleteLeftover(fresh);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }

        // Where the previous site goes: the spare's place when it is free (or was the folder just filled).
        boolean keepPrevious = reuse || !Files.exists(spare, LinkOption.NOFOLLOW_LINKS);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(fresh, target);
        } else if (AtomicSwap.exchange(fresh, target)) {
            // The previous site is now under the filled folder's name.
            if (!reuse) {
                if (keepPrevious) move(fresh, spare);
                else deleteLeftover(fresh);
            }
        } else {
            Path old = parent.resolve("." + name + ".old-" + id);
            move(target, old); // a kill right here leaves no target: recover() restores old on the next build
            move(fresh, target);
            if (keepPrevious) move(old, spare);
            else deleteLeftover(old);
        }
    }

    /** Whether {@code dir} is a spare this writer may overwrite: a real folder (not a link) with a marker of ours, or empty. */
    private static boolean isOurs(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return false;
        return Files.isRegularFile(dir.resolve(SiteMarker.NAME), LinkOption.NOFOLLOW_LINKS)
                || Files.isRegularFile(dir.resolve(SiteMarker.BUILDING), LinkOption.NOFOLLOW_LINKS)
                || isEmpty(dir);
    }

    /**
     * Writes the site into {@code folder} (a fresh folder, or the spare holding an older site): the in-progress
     * marker first and the finished one removed; then everything the new site does not have is removed (symbolic
     * links included, so that no write follows one out of the folder); then the files, written over the old ones,
     * the carried files, and the marker last.
     */
    private static void fill(Path folder, List<OutputFile> files, Path target) throws IOException {
        Files.deleteIfExists(folder.resolve(SiteMarker.BUILDING)); // made anew: its mode is what a fresh file gets
        Files.write(folder.resolve(SiteMarker.BUILDING), new byte[0]);
        Files.deleteIfExists(folder.resolve(SiteMarker.NAME));
        Set<Path> wanted = new HashSet<>();
        Set<Path> dirs = new TreeSet<>(); // parents sort before their children
        for (OutputFile f : files) {
            Path p = folder.resolve(f.path()).normalize();
            if (!p.startsWith(folder) || p.equals(folder)) {
                throw new IllegalArgumentException("output path escapes the site: " + f.path());
            }
            wanted.add(p);
            for (Path d = p.getParent(); !d.equals(folder) && dirs.add(d); d = d.getParent()) {
                // each folder up to the site's root, once
            }
        }
        Remaining existing = removeUnwanted(folder, wanted, dirs);
        for (Path d : dirs) {
            if (!existing.dirs().contains(d)) Files.createDirectory(d);
        }
        // Files are independent and the folder is not the site until the marker is written: write them in parallel
        // (at 10,000 pages the writes, not the CPU, were the longest part). A file the spare already holds with the
        // same bytes (most of them, from one build to the next) is left as it is: reading it from the page cache
        // costs less than writing it again, and its modification time then says when it last changed.
        try {
            files.parallelStream().forEach(f -> {
                try {
                    Path p = folder.resolve(f.path());
                    Long size = existing.fileSizes().get(p);
                    if (size != null && size == f.bytes().length && java.util.Arrays.equals(Files.readAllBytes(p), f.bytes())) {
                        return;
                    }
                    Files.write(p, f.bytes(), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                            StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (Files.isDirectory(target)) carryUserFiles(target, folder);
        // The marker goes last: a folder without it is never taken for a site.
        Files.write(folder.resolve(SiteMarker.NAME), SiteMarker.text(files.stream().map(OutputFile::path).toList()));
        Files.delete(folder.resolve(SiteMarker.BUILDING));
    }

    /**
     * Deletes from {@code folder} every entry that is neither one of the {@code wanted} files nor one of the
     * {@code dirs}, the in-progress marker excepted: an older site's pages, its carried files, any symbolic link
     * (deleted, never followed), any file with another hard link (written over, it would change the other name's
     * content too: {@code cp -al site backup} makes such links), and anything whose permissions are not those a
     * fresh file or folder gets now (a page someone made private, an older umask), so that it is made again.
     * Returns what remains: the folders, and the files with their sizes. One status read per entry.
     */
    private static Remaining removeUnwanted(Path folder, Set<Path> wanted, Set<Path> dirs) throws IOException {
        Path building = folder.resolve(SiteMarker.BUILDING);
        int fileMode = Entry.of(building).permissions();
        Path probe = Files.createDirectory(folder.resolve(".vademecum-probe-" + Long.toString(
                ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36)));
        int dirMode = Entry.of(probe).permissions();
        Files.delete(probe);
        Remaining remaining = new Remaining(new HashSet<>(), new java.util.HashMap<>());
        Deque<Path> pending = new ArrayDeque<>(List.of(folder));
        while (!pending.isEmpty()) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(pending.pop())) {
                for (Path p : entries) {
                    if (p.equals(building)) continue;
                    Entry e = Entry.of(p);
                    if (e.directory()) {
                        if (dirs.contains(p) && e.permissions() == dirMode) {
                            remaining.dirs().add(p);
                            pending.push(p);
                        } else {
                            deleteTree(p);
                        }
                    } else if (e.regularFile() && wanted.contains(p) && e.links() == 1 && e.permissions() == fileMode) {
                        remaining.fileSizes().put(p, e.size());
                    } else {
                        Files.delete(p);
                    }
                }
            }
        }
        return remaining;
    }

    /** What {@link #removeUnwanted} leaves: folders, and files with their sizes. */
    private record Remaining(Set<Path> dirs, java.util.Map<Path, Long> fileSizes) {}

    /**
     * An entry's own status (a link's, not its target's): its kind, permission bits, hard-link count and size; on
     * a system without Unix attributes, permissions are -1 and links 1.
     */
    private record Entry(boolean directory, boolean regularFile, int permissions, int links, long size) {
        static Entry of(Path p) throws IOException {
            try {
                java.util.Map<String, Object> a = Files.readAttributes(p, "unix:isDirectory,isRegularFile,mode,nlink,size",
                        LinkOption.NOFOLLOW_LINKS);
                return new Entry((Boolean) a.get("isDirectory"), (Boolean) a.get("isRegularFile"),
                        (Integer) a.get("mode") & 07777, (Integer) a.get("nlink"), (Long) a.get("size"));
            } catch (UnsupportedOperationException | IllegalArgumentException notUnix) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return new Entry(a.isDirectory(), a.isRegularFile(), -1, 1, a.size());
            }
        }
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
