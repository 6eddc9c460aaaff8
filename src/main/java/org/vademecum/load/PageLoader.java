package org.vademecum.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;
import org.vademecum.model.Page;
import org.vademecum.model.Shortcode;

/**
 * Reads {@code content/pages/**.md}: a YAML front matter between two {@code ---} lines, then Markdown.
 * Front-matter positions are shifted so that errors name the line of the file.
 */
final class PageLoader {
    private final Path project;
    private final Diagnostics diagnostics;

    PageLoader(Path project, Diagnostics diagnostics) {
        this.project = project;
        this.diagnostics = diagnostics;
    }

    /** Loads {@code files}, found under {@code pagesDir} by {@link ContentFiles}. */
    List<Page> loadAll(Path pagesDir, List<Path> files) {
        // Files are independent, so they are read and parsed in parallel, each reporting to its own collector;
        // the collectors are merged in file order, so the report does not depend on the threads.
        record Loaded(Diagnostics diagnostics, Optional<Page> page) {}
        List<Loaded> loaded = files.parallelStream().map(file -> {
            String rel = pagesDir.relativize(file).toString().replace('\\', '/');
            String path = rel.substring(0, rel.length() - ".md".length());
            PageLoader own = new PageLoader(project, new Diagnostics());
            return new Loaded(own.diagnostics, SourceFile.read(project, file, own.diagnostics).flatMap(source -> own.load(source, path)));
        }).toList();
        List<Page> pages = new ArrayList<>();
        for (Loaded l : loaded) {
            diagnostics.addAll(l.diagnostics());
            l.page().ifPresent(pages::add);
        }
        return pages;
    }

    Optional<Page> load(SourceFile source, String path) {
        String text = source.text();
        if (!text.startsWith("---\n")) {
            diagnostics.error(SourcePosition.file(source.name()), "page has no front matter",
                    "start the file with a '---' line, 'title: …', and another '---' line");
            return Optional.empty();
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) end = text.length() - 4;
        if (end < 0) {
            diagnostics.error(SourcePosition.file(source.name()), "front matter is not closed",
                    "add a line '---' after the last front-matter key");
            return Optional.empty();
        }
        String yaml = text.substring(4, end + 1);
        int bodyStart = Math.min(text.length(), end + 5);
        int bodyLine = 1 + (int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count();
        Optional<YamlNode> node = YamlParser.parse(yaml, source.name(), 1, diagnostics);
        if (node.isEmpty()) {
            if (!diagnostics.hasErrors()) {
                diagnostics.error(SourcePosition.file(source.name()), "front matter is empty", "add 'title: …'");
            }
            return Optional.empty();
        }
        Optional<MappingReader> reader = MappingReader.of(node.get(), MappingKind.FRONT_MATTER, diagnostics);
        if (reader.isEmpty()) return Optional.empty();
        MappingReader r = reader.get();
        boolean sectionIndex = path.endsWith("_index");
        String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        String slug = path.substring(path.lastIndexOf('/') + 1);
        if (!slug.equals("_index") && !slug.equals("index") && !MappingReader.isId(slug)) {
            diagnostics.error(SourcePosition.file(source.name()), "page file name '" + slug
                    + ".md' cannot be used as a web address", "use lowercase ASCII words joined by '-'");
        }
        String url = Page.urlOf(path);
        String markdown = text.substring(bodyStart);
        if (hasOverlongCitation(markdown, new SourcePosition(source.name(), bodyLine, 1))) {
            markdown = ""; // the build stops at the content gate; the shortcode pattern would overflow the stack
        }
        Page page = new Page(path, url, sectionIndex ? dir : dir, sectionIndex, r.string("title"),
                r.optString("summary").orElse(null), r.optInt("order").orElse(100), r.refs("sources"),
                r.refs("recommendations"), r.refs("trees"), r.optString("uncertain").orElse(null),
                markdown, new SourcePosition(source.name(), bodyLine, 1),
                Shortcode.parse(markdown, new SourcePosition(source.name(), bodyLine, 1)));
        r.finish();
        return Optional.of(page);
    }

    /**
     * Reports every citation {@code [@a; @b; …]} with more than {@link Limits#LIST_ITEMS} references, by a linear
     * scan (the regular expression that parses citations recurses once per reference).
     */
    private boolean hasOverlongCitation(String markdown, SourcePosition bodyStart) {
        if (!markdown.contains("[@")) return false; // most pages cite nothing: no need to count lines
        boolean found = false;
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '[' && markdown.startsWith("[@", i)) {
                int refs = 1;
                // Citations may continue on the next lines ("; @b"); the scan stops at the next bracket.
                for (int j = i + 2; j < markdown.length() && "[]".indexOf(markdown.charAt(j)) < 0; j++) {
                    if (markdown.charAt(j) != ';') continue;
                    int k = j + 1;
                    while (k < markdown.length() && Character.isWhitespace(markdown.charAt(k))) k++;
                    if (k < markdown.length() && markdown.charAt(k) == '@') refs++;
                }
                if (refs > Limits.LIST_ITEMS) {
                    diagnostics.error(bodyStart.shift(line, i - lineStart), "citation has too many references ("
                            + refs + "; at most " + Limits.LIST_ITEMS + ")", "cite the few sources that support the sentence");
                    found = true;
                }
            }
        }
        return found;
    }
}
