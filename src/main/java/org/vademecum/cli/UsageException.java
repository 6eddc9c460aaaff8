package org.vademecum.cli;

/** A command line that cannot be run as given: printed as {@code error: message} and a hint, exit code 2. */
final class UsageException extends Exception {
    private final String hint;

    UsageException(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    String hint() {
        return hint;
    }
}
