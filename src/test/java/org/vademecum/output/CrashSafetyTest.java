package org.vademecum.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vademecum.cli.Main;
import org.vademecum.testing.Fixtures;

/**
 * Real builds, in child JVMs, killed with SIGKILL while they write: after every kill site/ must be a complete site
 * (the previous one or the new one), and the next normal build must leave no temporary folder behind (the spare,
 * which holds the previous site for the next build to write over, is there by design).
 */
class CrashSafetyTest {
    static final int GENERATED_PAGES = 150;
    static final int KILLS = 8;
    /** On a heavily loaded machine a build takes 10 s or more: stop killing after this, once MIN_KILLS are done. */
    static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(15);
    static final int MIN_KILLS = 4;

    @TempDir Path dir;

    @Test
    void aBuildKilledAtAnyInstantLeavesACompleteSite() throws Exception {
        Path project = dir.resolve("guide");
        Fixtures.copyTree(Fixtures.repo().resolve("content"), project.resolve("content"));
        generatePages(project.resolve("content/pages/generees"), GENERATED_PAGES);
        Path site = project.resolve("site");

        // Complete builds first: there must be a previous site to keep, and from the third build on the site is
        // written over the spare (a shorter write phase than the first builds', into fresh folders), which is
        // what the kills below interrupt. The first two run in this JVM (warm, a fraction of a child's time); the
        // third in a child JVM, as the killed ones, to measure their write phase.
        buildHere(project);
        buildHere(project);
        long firstWrite = build(project, -1).writeNanos();
        assertComplete(site);
        Files.writeString(site.resolve("CNAME"), "guide.example.org\n");
        Files.createDirectories(site.resolve(".git"));
        Files.writeString(site.resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");

        // Kill at a random instant of the write phase (from the moment the folder being written gets its
        // in-progress marker): killing earlier only interrupts the rendering, which never touches the disk. The
        // window is one write phase long (the kills that come after a shorter phase end find the site complete).
        Random random = new Random(20261202);
        long window = Math.max(firstWrite, TimeUnit.MILLISECONDS.toNanos(40));
        int killedWhileWriting = 0;
        long start = System.nanoTime();
        int kills = 0;
        for (; kills < KILLS && (kills < MIN_KILLS || System.nanoTime() - start < BUDGET_NANOS); kills++) {
            if (build(project, (long) (random.nextDouble() * window)).killed()) killedWhileWriting++;
            assertComplete(site);
            assertEquals("guide.example.org\n", Files.readString(site.resolve("CNAME")));
            assertEquals("ref: refs/heads/gh-pages\n", Files.readString(site.resolve(".git/HEAD")));
        }
        System.out.printf("crash test: %d kills, %d while writing%n", kills, killedWhileWriting);
        assertTrue(killedWhileWriting >= kills / 2, "only " + killedWhileWriting + " kills landed while writing");
        buildHere(project);
        assertComplete(site);
        try (Stream<Path> list = Files.list(project)) {
            Set<String> names = list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(".site.spare", ".vademecum-site.lock", "content", "site"), names, "leftovers of killed builds remain");
        }
        // The spare holds the previous site, complete (it is written over by the next build).
        assertComplete(project.resolve(".site.spare"));
    }

    record Outcome(long writeNanos, boolean killed) {}

    /** A complete build in this JVM, through the command line. */
    static void buildHere(Path project) {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", "--project", project.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, "a normal build failed: " + err);
    }

    /**
     * Runs a build in a child JVM; with {@code killAfter >= 0}, kills it that many nanoseconds after its fresh
     * folder appears. Returns the nanoseconds from the fresh folder's appearance to the end of the process.
     */
    static Outcome build(Path project, long killAfter) throws Exception {
        Set<String> before = fresh(project);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "org.vademecum.cli.Main", "build", "--project", project.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long seen = 0;
        while (p.isAlive()) {
            Set<String> now = fresh(project);
            now.removeAll(before);
            if (!now.isEmpty()) {
                seen = System.nanoTime();
                break;
            }
            LockSupport.parkNanos(2_000_000); // a busier loop would steal the child's CPU
        }
        boolean killed = false;
        if (killAfter >= 0 && p.isAlive()) {
            LockSupport.parkNanos(killAfter);
            killed = p.isAlive();
            p.destroyForcibly();
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "build did not end");
        long end = System.nanoTime();
        System.out.printf("crash test: build %s after %d ms, write phase %d ms%n", killed ? "killed" : "ended",
                (end - start) / 1_000_000, seen == 0 ? -1 : (end - seen) / 1_000_000);
        if (killAfter < 0) assertEquals(0, p.exitValue(), "a normal build failed");
        return new Outcome(seen == 0 ? 0 : end - seen, killed);
    }

    /**
     * The folders being written: a fresh {@code .site.new-*} folder, or the spare while it holds the in-progress
     * marker (named with the time it appeared, so that the spare of successive builds counts as new each time).
     */
    static Set<String> fresh(Path project) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> list = Files.list(project)) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.new-")).forEach(out::add);
        }
        Path building = project.resolve(".site.spare").resolve(SiteMarker.BUILDING);
        try {
            out.add(".site.spare@" + Files.getLastModifiedTime(building).toMillis());
        } catch (IOException absent) {
            // not being written
        }
        return out;
    }

    /** Checks that {@code site} has the marker, no in-progress marker, and exactly the files the marker lists. */
    static void assertComplete(Path site) throws IOException {
        assertTrue(Files.isDirectory(site), "no site/ after a kill");
        assertTrue(SiteMarker.isSite(site), "site/ has no marker");
        assertFalse(Files.exists(site.resolve(SiteMarker.BUILDING)), "site/ is a half-written folder");
        List<String> listed = SiteMarker.listed(site).orElseThrow();
        Set<String> onDisk;
        try (Stream<Path> walk = Files.walk(site)) {
            onDisk = walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString())
                    .filter(n -> !SiteMarker.isCarried(n.split("/")[0]) && !n.equals(SiteMarker.NAME))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(listed), onDisk);
        assertTrue(listed.size() > GENERATED_PAGES, "too few files: " + listed.size());
    }

    static void generatePages(Path section, int count) throws IOException {
        Files.createDirectories(section);
        Files.writeString(section.resolve("_index.md"),
                "---\ntitle: Pages générées\nsummary: Pages du test de robustesse.\norder: 99\n---\n\nPages générées.\n");
        for (int i = 1; i <= count; i++) {
            Files.writeString(section.resolve(String.format("page-%04d.md", i)), "---\ntitle: Page générée " + i
                    + "\nsummary: Page de test numéro " + i + ".\n---\n\nLa densité minérale osseuse de la page " + i
                    + " ; voir le [traitement](/traitement/).\n\n## Détails\n\nFracture, calcium et vitamine D.\n");
        }
    }
}
