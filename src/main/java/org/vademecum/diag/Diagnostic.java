package org.vademecum.diag;

/**
 * One problem an author can act on: where it is, what is wrong, and how to fix it.
 * Printed as {@code path:line:col: error: message} followed by an indented hint line.
 */
public record Diagnostic(SourcePosition position, String message, String hint) implements Comparable<Diagnostic> {

    public Diagnostic {
        if (position == null || message == null) throw new IllegalArgumentException("position and message are required");
        hint = hint == null ? "" : hint;
    }

    /** The printable form: one line, plus a hint line when there is a hint. */
    public String format() {
        String first = position + ": error: " + message;
        return hint.isEmpty() ? first : first + "\n    hint: " + hint;
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = position.compareTo(o.position);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
