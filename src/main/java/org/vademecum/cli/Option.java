package org.vademecum.cli;

/**
 * An option a command accepts: a flag ({@code --json}) when {@code label} is null, else an option with a value
 * ({@code --out DIR} or {@code --out=DIR}), given at most once unless {@code repeatable}.
 */
record Option(String name, String label, String description, boolean repeatable) {
    static Option flag(String name, String description) {
        return new Option(name, null, description, false);
    }

    static Option value(String name, String label, String description) {
        return new Option(name, label, description, false);
    }

    static Option repeatable(String name, String label, String description) {
        return new Option(name, label, description, true);
    }

    boolean takesValue() {
        return label != null;
    }

    /** How the help shows it: {@code --out DIR}. */
    String synopsis() {
        return takesValue() ? name + " " + label : name;
    }
}
