package org.vademecum.output;

/**
 * A usage error about the output folder (refused --out, another build writing to it): the command prints
 * {@link #getMessage()} and {@link #hint()} and exits 2, writing nothing.
 */
public final class OutputFolderException extends RuntimeException {
    private final String hint;

    public OutputFolderException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
