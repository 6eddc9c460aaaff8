package org.vademecum.diag;

/** A place in a source file: project-relative path (with '/' separators), 1-based line and column. */
public record SourcePosition(String path, int line, int column) implements Comparable<SourcePosition> {

    /** A position that names a whole file rather than a place in it. */
    public static SourcePosition file(String path) {
        return new SourcePosition(path, 1, 1);
    }

    /** The same file, {@code lines} further down: used to shift front-matter and block positions. */
    public SourcePosition shift(int lines, int columns) {
        return new SourcePosition(path, line + lines, column + columns);
    }

    @Override
    public int compareTo(SourcePosition o) {
        int c = path.compareTo(o.path);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return path + ":" + line + ":" + column;
    }
}
