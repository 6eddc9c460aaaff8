package org.vademecum.diag;

/**
 * One problem an author can act on: where it is, what is wrong, and how to fix it.
 * Printed as {@code path:line:col: error: message} (or {@code warning:}) followed by an indented hint line.
 * Errors fail the build; warnings never do, except under {@code check --strict}.
 */
public record Diagnostic(Severity severity, SourcePosition position, String message, String hint)
        implements Comparable<Diagnostic> {

    public enum Severity {
        ERROR, WARNING;

        String label() {
            return this == ERROR ? "error" : "warning";
        }
    }

    public Diagnostic {
        if (severity == null || position == null || message == null) {
            throw new IllegalArgumentException("severity, position and message are required");
        }
        hint = hint == null ? "" : hint;
    }

    /** An error. */
    public Diagnostic(SourcePosition position, String message, String hint) {
        this(Severity.ERROR, position, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The printable form: one line, plus a hint line when there is a hint. */
    public String format() {
        String first = position + ": " + severity.label() + ": " + message;
        return hint.isEmpty() ? first : first + "\n    hint: " + hint;
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = position.compareTo(o.position);
        if (c != 0) return c;
        c = severity.compareTo(o.severity);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
