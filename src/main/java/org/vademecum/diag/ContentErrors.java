package org.vademecum.diag;

import java.util.List;

/** Thrown at a pipeline gate when the content has errors; carries all of them. Never a programming error. */
public final class ContentErrors extends RuntimeException {
    private final List<Diagnostic> diagnostics;

    public ContentErrors(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().filter(Diagnostic::isError).count() + " content error(s)", null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public String report() {
        return Diagnostics.report(diagnostics);
    }
}
