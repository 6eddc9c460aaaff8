package org.vademecum.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where a build may write its site, decided before anything is built. A site folder is the site's alone: the
 * build replaces it whole, so it must not be (or hold, or lie in) anything else the user keeps.
 *
 * @param requested the --out path as given
 * @param target the real folder the site lives in (symbolic links resolved: a link to a folder is kept and the
 *     folder it points to is replaced)
 * @param inPlace true when the target is a mount point: it cannot be renamed, so files are replaced one by one
 */
public record OutputFolder(Path requested, Path target, boolean inPlace) {
    private static final String HINT = "choose a new or empty folder, or a site Vademecum built (default: site/ in the project)";

    /**
     * Checks {@code out} for a build of {@code project} and returns where to write; throws
     * {@link OutputFolderException} (a usage error) if {@code out} is, holds or lies in the project's own
     * folders, is {@code home} or {@code /} or an ancestor of the project, is a file, or is a non-empty folder
     * that is not a previous site.
     */
    public static OutputFolder check(Path project, Path out, Path home) {
        try {
            Path realProject = resolve(project);
            Path target = resolve(out);
            if (Files.isSymbolicLink(out) && !Files.exists(out)) refuse(out, "is a broken symbolic link");
            if (target.getParent() == null) refuse(out, "is the root folder");
            Path realHome = resolve(home);
            if (target.equals(realHome)) refuse(out, "is your home folder");
            if (realHome.startsWith(target)) refuse(out, "contains your home folder");
            if (target.equals(realProject)) refuse(out, "is the project folder");
            if (realProject.startsWith(target)) refuse(out, "contains the project folder");
            for (String own : new String[] {"content", "templates", ".git"}) {
                Path p = resolve(realProject.resolve(own));
                if (target.equals(p)) refuse(out, "is the project's " + own + "/ folder");
                if (target.startsWith(p)) refuse(out, "is inside the project's " + own + "/ folder");
                if (p.startsWith(target)) refuse(out, "contains the project's " + own + "/ folder");
            }
            if (Files.exists(target) && !Files.isDirectory(target)) refuse(out, "is a file, not a folder");
            requireNoForeignFiles(out, target);
            return new OutputFolder(out, target, Files.isDirectory(target) && isMountPoint(target));
        } catch (IOException e) {
            throw new OutputFolderException("error: --out " + out + ": cannot be read: " + e.getMessage(), HINT);
        }
    }

    /**
     * Returns {@code p} absolute with every {@code ..} and symbolic link resolved as far as it exists (real path of
     * the nearest existing ancestor, the rest appended); never fails on a path that does not exist yet.
     */
    static Path resolve(Path p) throws IOException {
        Path abs = p.toAbsolutePath();
        Path current = abs.getRoot();
        boolean exists = true;
        for (Path name : abs) {
            String s = name.toString();
            if (s.equals(".")) continue;
            if (s.equals("..")) {
                current = current.getParent() != null ? current.getParent() : current;
                exists = Files.exists(current);
                continue;
            }
            current = current.resolve(s);
            if (exists && Files.exists(current)) current = current.toRealPath();
            else exists = false;
        }
        return current;
    }

    /**
     * Checks again, just before writing, that the target holds no file a user put there since the check;
     * throws {@link OutputFolderException} if it does.
     */
    static void requireStillASite(OutputFolder folder) throws IOException {
        requireNoForeignFiles(folder.requested(), folder.target());
    }

    private static void requireNoForeignFiles(Path out, Path target) throws IOException {
        if (Files.isDirectory(target) && !SiteMarker.isSite(target) && !SiteMarker.isUnmarkedSite(target)
                && !onlyCarriedFiles(target)) {
            refuse(out, "is a folder with files Vademecum did not write (no " + SiteMarker.NAME + " in it)");
        }
    }

    /** Returns true if every entry of {@code dir} would be carried into a site (so building there loses nothing). */
    private static boolean onlyCarriedFiles(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.allMatch(p -> SiteMarker.isCarried(p.getFileName().toString()));
        }
    }

    /** Returns true if {@code dir} and its parent are on different devices (st_dev), i.e. {@code dir} is mounted. */
    static boolean isMountPoint(Path dir) {
        try {
            Object here = Files.getAttribute(dir, "unix:dev", LinkOption.NOFOLLOW_LINKS);
            Object above = Files.getAttribute(dir.getParent(), "unix:dev", LinkOption.NOFOLLOW_LINKS);
            return !here.equals(above);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            try {
                return !Files.getFileStore(dir).equals(Files.getFileStore(dir.getParent()));
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuse(Path out, String why) {
        throw new OutputFolderException("error: --out " + out + ": " + why + "; refusing to write the site there", HINT);
    }
}
