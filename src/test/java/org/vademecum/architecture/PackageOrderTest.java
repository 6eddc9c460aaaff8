package org.vademecum.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the package order of the README: a package may use only the packages listed before it, so dependencies
 * point one way (content → rendering → site → commands). Reads the imports and qualified names of every source
 * file; a new package must be placed in {@link #ORDER} (and in the README) before it can be used.
 */
class PackageOrderTest {
    /** Lowest first; a package may use those before it, never one after it. */
    static final List<String> ORDER = List.of(
            "diag", "json", "output", "typography",
            "model",
            "markdown",
            "trees",
            "load",
            "validate",
            "render",
            "html",
            "kit", "search",
            "offline",
            "pipeline",
            "serve",
            "cli");

    private static final Path SOURCES = Path.of("src/main/java/org/vademecum");
    private static final Pattern USE = Pattern.compile("org\\.vademecum\\.([a-z]+)\\.");

    @Test
    void everyPackageUsesOnlyPackagesBelowIt() throws IOException {
        List<String> violations = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String own = SOURCES.relativize(file).getName(0).toString();
                if (!ORDER.contains(own)) {
                    unknown.add(own);
                    continue;
                }
                Matcher m = USE.matcher(Files.readString(file));
                Set<String> used = new TreeSet<>();
                while (m.find()) used.add(m.group(1));
                for (String dep : used) {
                    if (dep.equals(own)) continue;
                    if (!ORDER.contains(dep)) unknown.add(dep);
                    else if (ORDER.indexOf(dep) >= ORDER.indexOf(own)) violations.add(SOURCES.relativize(file) + " uses " + dep);
                }
            }
        }
        assertEquals(Set.of(), unknown, "packages missing from PackageOrderTest.ORDER (and the README)");
        assertEquals(List.of(), violations, "a package may only use the packages listed before it in ORDER");
    }
}
