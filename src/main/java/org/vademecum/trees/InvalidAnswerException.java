package org.vademecum.trees;

/** An answer that does not fit its variable (wrong type, unknown option, out of range). The message says which. */
public final class InvalidAnswerException extends Exception {
    private final String hint;

    public InvalidAnswerException(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
