package org.vademecum.markdown;

import org.vademecum.diag.SourcePosition;

/**
 * Where a Markdown text comes from, so that problems found in it are reported in the author's file.
 * A page body knows the exact position of its first character ({@code exact}), so offsets map to line and
 * column; a YAML field only knows its entry's position, so every problem in it is reported there and the
 * message is prefixed with the field name.
 *
 * @param start where the text starts (page body) or the entry that holds it (YAML field)
 * @param field the YAML field name, or null for a page body
 */
public record MarkdownSource(SourcePosition start, boolean exact, String field) {

    /** The body of a Markdown page, starting at column 1 of {@code bodyStart}'s line. */
    public static MarkdownSource page(SourcePosition bodyStart) {
        return new MarkdownSource(bodyStart, true, null);
    }

    /** A Markdown field of a YAML entry, e.g. {@code rationale} of a recommendation written at {@code entry}. */
    public static MarkdownSource field(SourcePosition entry, String field) {
        return new MarkdownSource(entry, false, field);
    }

    /** The position of {@code line} (0-based in the text) and {@code column} (0-based), or the entry's position. */
    SourcePosition at(int line, int column) {
        if (!exact) return start;
        return new SourcePosition(start.path(), start.line() + line, line == 0 ? start.column() + column : column + 1);
    }

    /** The message as printed: prefixed with the field name for a YAML field. */
    String message(String message) {
        return field == null ? message : "in '" + field + "': " + message;
    }
}
