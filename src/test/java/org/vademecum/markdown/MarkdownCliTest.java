package org.vademecum.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vademecum.cli.Main;
import org.vademecum.testing.Fixtures;

/** {@code vademecum check} on pages with hidden content and 1,000 nested quotes: exit 1, positions, no stack trace. */
class MarkdownCliTest {
    @TempDir Path project;

    @Test
    void rawHtmlAndDeepNestingExitOneWithPositionsAndNoTrace() {
        Fixtures.copyTree(Fixtures.fixture("golden/site"), project);
        Fixtures.copyTree(Fixtures.fixture("errors/raw-html/content"), project.resolve("content"));
        Fixtures.copyTree(Fixtures.fixture("errors/deep-nesting/content"), project.resolve("content"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "--project", project.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        String e = err.toString();
        assertEquals(1, code, e);
        assertTrue(e.contains("content/pages/soins/brut.md:15:1: error: unclosed <style> would hide the rest of the page"), e);
        assertTrue(e.contains("content/pages/soins/brut.md:7:6: error: id 'tree-data' is already used by the theme"), e);
        assertTrue(e.contains("content/pages/soins/profond.md:7:33: error: block quotes nested deeper than 32 levels"), e);
        assertTrue(e.contains("6 errors"), e);
        assertFalse(e.contains("\tat ") || e.contains("StackOverflowError"), e);
    }
}
