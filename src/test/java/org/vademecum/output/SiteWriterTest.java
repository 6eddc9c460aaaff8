package org.vademecum.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site writer: swap, carried user files, permissions, symbolic links, mount points, recovery after a kill. */
class SiteWriterTest {
    @TempDir Path dir;

    static List<OutputFile> site(String... pathsAndTexts) {
        List<OutputFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) files.add(OutputFile.text(pathsAndTexts[i], pathsAndTexts[i + 1]));
        return files;
    }

    static OutputFolder folder(Path target) throws IOException {
        return new OutputFolder(target, OutputFolder.resolve(target), false);
    }

    static Set<String> tree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    static Set<String> siblings(Path site) throws IOException {
        try (Stream<Path> list = Files.list(site.getParent())) {
            return list.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void aRebuildReplacesTheSiteAndCarriesDotFilesAndCname() throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.write(site("index.html", "one", "old/index.html", "gone"), folder(site));
        Files.writeString(site.resolve("CNAME"), "guide.example.org\n");
        Files.createDirectories(site.resolve(".git/refs"));
        Files.writeString(site.resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
        Files.writeString(site.resolve(".nojekyll"), "");

        SiteWriter.write(site("index.html", "two", "new/index.html", "new"), folder(site));

        assertEquals(Set.of(".git", ".git/HEAD", ".git/refs", ".nojekyll", SiteMarker.NAME, "CNAME", "index.html", "new",
                "new/index.html"), tree(site));
        assertEquals("two", Files.readString(site.resolve("index.html")));
        assertEquals("guide.example.org\n", Files.readString(site.resolve("CNAME")));
        assertEquals(List.of("index.html", "new/index.html"), SiteMarker.listed(site).orElseThrow());
        assertEquals(Set.of(".vademecum-site.lock", ".site.spare", "site"), siblings(site), "no temporary folder left");
        // The previous site is kept, complete, as the next build's spare.
        assertEquals("one", Files.readString(dir.resolve(".site.spare/index.html")));
        assertEquals(List.of("index.html", "old/index.html"), SiteMarker.listed(dir.resolve(".site.spare")).orElseThrow());
    }

    @Test
    void aFreshSiteIsReadableByOthersAsTheUmaskAllows() throws IOException {
        Path reference = Files.createDirectory(dir.resolve("reference"));
        Path referenceFile = Files.writeString(reference.resolve("f"), "x");
        assumeTrue(Files.getPosixFilePermissions(reference).contains(PosixFilePermission.OTHERS_EXECUTE), "umask hides folders from others");
        Path site = dir.resolve("site");
        SiteWriter.write(site("index.html", "one", "a/b/index.html", "two"), folder(site));
        for (Path d : List.of(site, site.resolve("a"), site.resolve("a/b"))) {
            assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(d), d.toString());
            assertTrue(Files.getPosixFilePermissions(d).containsAll(Set.of(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE)));
        }
        for (Path f : List.of(site.resolve("index.html"), site.resolve("a/b/index.html"), site.resolve(SiteMarker.NAME))) {
            assertEquals(Files.getPosixFilePermissions(referenceFile), Files.getPosixFilePermissions(f), f.toString());
            assertTrue(Files.getPosixFilePermissions(f).contains(PosixFilePermission.OTHERS_READ));
        }
    }

    @Test
    void aSymbolicLinkToTheSiteIsKeptAndTheFolderItPointsToIsReplaced() throws IOException {
        Path real = dir.resolve("www/guide");
        Files.createDirectories(real.getParent());
        SiteWriter.write(site("index.html", "one"), folder(real));
        Path link = Files.createSymbolicLink(dir.resolve("public"), real);
        SiteWriter.write(site("index.html", "two"), folder(link));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("two", Files.readString(link.resolve("index.html")));
        assertEquals(Set.of(".vademecum-guide.lock", ".guide.spare", "guide"), siblings(real));
    }

    @Test
    void theExchangeIsAvailableOnLinux() throws IOException {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"));
        Path a = Files.writeString(dir.resolve("a"), "a");
        Path b = Files.writeString(dir.resolve("b"), "b");
        assertTrue(AtomicSwap.exchange(a, b));
        assertEquals("b", Files.readString(a));
        assertEquals("a", Files.readString(b));
    }

    @Test
    void aKillBetweenTheTwoFallbackRenamesIsRepairedByTheNextBuild() throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.write(site("index.html", "previous"), folder(site));
        // The state a kill leaves between "site -> .site.old-x" and ".site.new-x -> site", plus older leftovers.
        SiteWriter.move(site, dir.resolve(".site.old-x"));
        Path fresh = Files.createDirectory(dir.resolve(".site.new-x"));
        Files.writeString(fresh.resolve(SiteMarker.BUILDING), "");
        Files.writeString(fresh.resolve("index.html"), "half");
        Files.createDirectory(dir.resolve(".site.new-empty"));
        Path foreign = Files.createDirectory(dir.resolve(".site.old-foreign"));
        Files.writeString(foreign.resolve("notes.txt"), "not ours: no marker");
        Files.createDirectory(dir.resolve(".site.older-x"));

        SiteWriter.recover(site);
        assertEquals("previous", Files.readString(site.resolve("index.html")));
        assertEquals(Set.of(".vademecum-site.lock", ".site.old-foreign", ".site.older-x", "site"), siblings(site));

        SiteWriter.write(site("index.html", "next"), folder(site));
        assertEquals("next", Files.readString(site.resolve("index.html")));
        assertEquals("not ours: no marker", Files.readString(foreign.resolve("notes.txt")));
    }

    @Test
    void withoutTheExchangeTwoRenamesReplaceTheSite() throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.write(site("index.html", "one"), folder(site));
        System.setProperty("vademecum.noRenameExchange", "true");
        try {
            SiteWriter.write(site("index.html", "two"), folder(site));
            assertEquals("two", Files.readString(site.resolve("index.html")));
            SiteWriter.write(site("index.html", "three"), folder(site)); // written over the spare, then renamed
        } finally {
            System.clearProperty("vademecum.noRenameExchange");
        }
        assertEquals("three", Files.readString(site.resolve("index.html")));
        assertEquals("two", Files.readString(dir.resolve(".site.spare/index.html")));
        assertEquals(Set.of(".vademecum-site.lock", ".site.spare", "site"), siblings(site));
    }

    @Test
    void aFailedWriteLeavesThePreviousSiteAndNoFreshFolder() throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.write(site("index.html", "one"), folder(site));
        assertThrows(IllegalArgumentException.class, () -> SiteWriter.write(site("index.html", "two", "../escape", "x"), folder(site)));
        assertEquals("one", Files.readString(site.resolve("index.html")));
        assertEquals(Set.of(".vademecum-site.lock", "site"), siblings(site));
    }

    @Test
    void aSecondBuildIntoTheSameFolderIsRefusedWhileTheFirstWrites() throws IOException {
        Path site = dir.resolve("site");
        try (FileChannel held = FileChannel.open(dir.resolve(".vademecum-site.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var lock = held.lock()) {
            OutputFolderException e = assertThrows(OutputFolderException.class,
                    () -> SiteWriter.write(site("index.html", "x"), folder(site)));
            assertEquals("error: --out " + site + ": another build is writing to it right now", e.getMessage());
        }
        assertFalse(Files.exists(site));
    }

    @Test
    void aMountPointIsWrittenInPlaceAndOnlyTheSitesOwnFilesAreRemoved() throws IOException {
        Path mount = Files.createDirectory(dir.resolve("mnt"));
        OutputFolder inPlace = new OutputFolder(mount, mount, true);
        SiteWriter.write(site("index.html", "one", "old/page/index.html", "old", "a", "file"), inPlace);
        Files.writeString(mount.resolve(".well-known"), "user");
        Files.writeString(mount.resolve(".vademecum-tmp-killed"), "from a killed build");
        SiteWriter.write(site("index.html", "two", "a/index.html", "folder now"), inPlace);
        assertEquals(Set.of(".vademecum-lock", ".well-known", SiteMarker.NAME, "a", "a/index.html", "index.html"), tree(mount));
        assertEquals("two", Files.readString(mount.resolve("index.html")));
        assertEquals(List.of("a/index.html", "index.html"), SiteMarker.listed(mount).orElseThrow());
    }

    @Test
    void theSpareIsOverwrittenAndLosesWhatTheNewSiteLacks() throws IOException {
        Path site = dir.resolve("site");
        Path spare = dir.resolve(".site.spare");
        SiteWriter.write(site("index.html", "A", "a/index.html", "only in A", "b/c/index.html", "A"), folder(site));
        SiteWriter.write(site("index.html", "B"), folder(site));
        assertEquals("A", Files.readString(spare.resolve("index.html")));
        // The third build is written over the spare, which holds site A.
        SiteWriter.write(site("index.html", "C", "b/index.html", "C", "d/index.html", "C"), folder(site));
        assertEquals(Set.of(SiteMarker.NAME, "b", "b/index.html", "d", "d/index.html", "index.html"), tree(site));
        assertEquals("C", Files.readString(site.resolve("b/index.html")));
        assertEquals(Set.of(SiteMarker.NAME, "index.html"), tree(spare));
        assertEquals("B", Files.readString(spare.resolve("index.html")));
        assertEquals(Set.of(".vademecum-site.lock", ".site.spare", "site"), siblings(site));
    }

    @Test
    void aSymbolicLinkInTheSpareIsDeletedNeverFollowed() throws IOException {
        Path site = dir.resolve("site");
        Path spare = dir.resolve(".site.spare");
        Path outside = Files.createDirectories(dir.resolve("outside/folder"));
        Path outsideFile = Files.writeString(dir.resolve("outside/file.html"), "the user's");
        SiteWriter.write(site("index.html", "one"), folder(site));
        SiteWriter.write(site("index.html", "two"), folder(site));
        Files.delete(spare.resolve("index.html"));
        Files.createSymbolicLink(spare.resolve("index.html"), outsideFile);
        Files.createSymbolicLink(spare.resolve("sub"), outside);

        SiteWriter.write(site("index.html", "three", "sub/index.html", "three"), folder(site));
        assertEquals("the user's", Files.readString(outsideFile));
        assertEquals(Set.of(), tree(outside));
        assertFalse(Files.isSymbolicLink(site.resolve("index.html")));
        assertFalse(Files.isSymbolicLink(site.resolve("sub")));
        assertEquals("three", Files.readString(site.resolve("sub/index.html")));
    }

    @Test
    void aSpareFolderThatIsNotOursIsLeftAlone() throws IOException {
        Path site = dir.resolve("site");
        Path foreign = Files.createDirectory(dir.resolve(".site.spare"));
        Files.writeString(foreign.resolve("notes.txt"), "not ours: no marker");
        SiteWriter.write(site("index.html", "one"), folder(site));
        SiteWriter.write(site("index.html", "two"), folder(site));
        assertEquals("two", Files.readString(site.resolve("index.html")));
        assertEquals(Set.of("notes.txt"), tree(foreign));
        assertEquals(Set.of(".vademecum-site.lock", ".site.spare", "site"), siblings(site), "fresh folders deleted");
    }

    @Test
    void aSpareLeftHalfWrittenByAKilledBuildIsReused() throws IOException {
        Path site = dir.resolve("site");
        Path spare = dir.resolve(".site.spare");
        SiteWriter.write(site("index.html", "one"), folder(site));
        Files.createDirectories(spare.resolve("half"));
        Files.writeString(spare.resolve(SiteMarker.BUILDING), "");
        Files.writeString(spare.resolve("half/index.html"), "half");
        SiteWriter.write(site("index.html", "two"), folder(site));
        assertEquals(Set.of(SiteMarker.NAME, "index.html"), tree(site));
        assertEquals("two", Files.readString(site.resolve("index.html")));
        assertEquals("one", Files.readString(spare.resolve("index.html")));
        assertTrue(SiteMarker.isSite(spare));
    }

    @Test
    void aPageMadePrivateInAnOlderSiteIsWrittenAfreshWithTheUsualMode() throws IOException {
        Path site = dir.resolve("site");
        Path spare = dir.resolve(".site.spare");
        SiteWriter.write(site("index.html", "one", "a/index.html", "one"), folder(site));
        Set<PosixFilePermission> fileMode = Files.getPosixFilePermissions(site.resolve("index.html"));
        Set<PosixFilePermission> dirMode = Files.getPosixFilePermissions(site.resolve("a"));
        Files.setPosixFilePermissions(site.resolve("index.html"), Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        Files.setPosixFilePermissions(site.resolve("a"), Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
        SiteWriter.write(site("index.html", "two", "a/index.html", "two"), folder(site));
        assertEquals("one", Files.readString(spare.resolve("index.html"))); // the private page is now in the spare
        SiteWriter.write(site("index.html", "three", "a/index.html", "three"), folder(site));
        assertEquals(fileMode, Files.getPosixFilePermissions(site.resolve("index.html")));
        assertEquals(dirMode, Files.getPosixFilePermissions(site.resolve("a")));
        assertEquals("three", Files.readString(site.resolve("a/index.html")));
    }

    @Test
    void aFileOfTheSpareWithAnotherHardLinkIsReplacedNotWrittenThrough() throws IOException {
        Path site = dir.resolve("site");
        Path spare = dir.resolve(".site.spare");
        SiteWriter.write(site("index.html", "one"), folder(site));
        SiteWriter.write(site("index.html", "two"), folder(site));
        // A backup made with hard links (cp -al) of the site that is now the spare.
        Path backup = Files.createDirectory(dir.resolve("backup"));
        Files.createLink(backup.resolve("index.html"), spare.resolve("index.html"));
        SiteWriter.write(site("index.html", "three"), folder(site));
        assertEquals("three", Files.readString(site.resolve("index.html")));
        assertEquals("one", Files.readString(backup.resolve("index.html")));
    }

    @Test
    void aFileTheSpareHoldsWithTheSameBytesIsLeftAsItIs() throws IOException {
        Path site = dir.resolve("site");
        SiteWriter.write(site("index.html", "A", "same/index.html", "same"), folder(site));
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(site.resolve("index.html"), old);
        Files.setLastModifiedTime(site.resolve("same/index.html"), old);
        SiteWriter.write(site("index.html", "B", "same/index.html", "same"), folder(site));
        SiteWriter.write(site("index.html", "C", "same/index.html", "same"), folder(site)); // over the first site
        assertEquals(old, Files.getLastModifiedTime(site.resolve("same/index.html")), "unchanged file rewritten");
        assertEquals("C", Files.readString(site.resolve("index.html")));
        assertTrue(Files.getLastModifiedTime(site.resolve("index.html")).compareTo(old) > 0);
    }
}
