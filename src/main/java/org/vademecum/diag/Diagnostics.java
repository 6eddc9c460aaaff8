package org.vademecum.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Collects every author error of a build so that all of them are reported at once.
 * Thread-safe, so that pages rendered in parallel can report into one collector.
 */
public final class Diagnostics {
    private final TreeSet<Diagnostic> errors = new TreeSet<>();

    public synchronized void error(SourcePosition at, String message, String hint) {
        errors.add(new Diagnostic(at, message, hint));
    }

    public void error(SourcePosition at, String message) {
        error(at, message, "");
    }

    public synchronized void addAll(Diagnostics other) {
        errors.addAll(other.errors);
    }

    public synchronized boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Errors sorted by file, line and column. */
    public synchronized List<Diagnostic> list() {
        return List.copyOf(errors);
    }

    /** Throws {@link ContentErrors} when anything was reported: the gate between pipeline stages. */
    public void throwIfAny() {
        if (hasErrors()) throw new ContentErrors(list());
    }

    /** The whole report, one diagnostic after another, with a summary line. */
    public static String report(List<Diagnostic> list) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : list) out.append(d.format()).append('\n');
        out.append(list.size()).append(list.size() == 1 ? " error" : " errors").append('\n');
        return out.toString();
    }

    public static List<Diagnostic> sorted(List<Diagnostic> in) {
        List<Diagnostic> copy = new ArrayList<>(in);
        copy.sort(null);
        return copy;
    }
}
