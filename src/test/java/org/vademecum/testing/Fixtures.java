package org.vademecum.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test fixtures: where they are, copying them to temporary projects, reading built folders. */
public final class Fixtures {
    private Fixtures() {}

    /** The repository root (Maven sets vademecum.projectDir; the working directory otherwise). */
    public static Path repo() {
        return Path.of(System.getProperty("vademecum.projectDir", ".")).toAbsolutePath().normalize();
    }

    public static Path fixture(String name) {
        return repo().resolve("src/test/resources/fixtures").resolve(name);
    }

    /** The interface strings of the default theme in French, by key. */
    public static java.util.function.Function<String, String> frenchStrings() {
        return org.vademecum.render.InterfaceStrings.load(org.vademecum.render.Theme.forProject(repo()), "fr",
                java.util.List.of(), new org.vademecum.diag.Diagnostics())::get;
    }

    /** Set -Dvademecum.updateExpected=true to rewrite expected files from the current output. */
    public static boolean updateExpected() {
        return Boolean.getBoolean("vademecum.updateExpected");
    }

    /** Copies {@code from} into {@code to}, overwriting files that exist (so a second call overlays). */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code dir}, by relative path, with its bytes. */
    public static Map<String, byte[]> readTree(Path dir) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
