package org.vademecum.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Collects every author error and warning of a build so that all of them are reported at once.
 * Thread-safe, so that pages rendered in parallel can report into one collector.
 */
public final class Diagnostics {
    private final TreeSet<Diagnostic> all = new TreeSet<>();

    public synchronized void error(SourcePosition at, String message, String hint) {
        all.add(new Diagnostic(Diagnostic.Severity.ERROR, at, message, hint));
    }

    public void error(SourcePosition at, String message) {
        error(at, message, "");
    }

    /** Something the author probably wants to fix, which does not stop the build ({@code check --strict} does). */
    public synchronized void warning(SourcePosition at, String message, String hint) {
        all.add(new Diagnostic(Diagnostic.Severity.WARNING, at, message, hint));
    }

    public synchronized void addAll(Diagnostics other) {
        all.addAll(other.list());
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    /** Errors and warnings, sorted by file, line and column. */
    public synchronized List<Diagnostic> list() {
        return List.copyOf(all);
    }

    /** Warnings only, sorted. */
    public synchronized List<Diagnostic> warnings() {
        return all.stream().filter(d -> !d.isError()).toList();
    }

    /** Throws {@link ContentErrors} when an error was reported: the gate between pipeline stages. */
    public void throwIfAny() {
        if (hasErrors()) throw new ContentErrors(list());
    }

    /** The whole report, one diagnostic after another, with a summary line ("2 errors, 1 warning"). */
    public static String report(List<Diagnostic> list) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : list) out.append(d.format()).append('\n');
        long errors = list.stream().filter(Diagnostic::isError).count();
        long warnings = list.size() - errors;
        if (errors > 0 || warnings == 0) out.append(count(errors, "error"));
        if (warnings > 0) out.append(errors > 0 ? ", " : "").append(count(warnings, "warning"));
        return out.append('\n').toString();
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    public static List<Diagnostic> sorted(List<Diagnostic> in) {
        List<Diagnostic> copy = new ArrayList<>(in);
        copy.sort(null);
        return copy;
    }
}
