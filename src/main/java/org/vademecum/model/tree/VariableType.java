package org.vademecum.model.tree;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of answer a question can take; {@link #key()} is what authors write after {@code type:}. */
public enum VariableType {
    /** {@code oui} or {@code non}. */
    YES_NO("yes-no"),
    /** One value among the variable's options. */
    CHOICE("choice"),
    /** A whole number in the allowed range. */
    INTEGER("integer"),
    /** A decimal number in the allowed range. */
    NUMBER("number");

    private final String key;

    VariableType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean numeric() {
        return this == INTEGER || this == NUMBER;
    }

    public static Optional<VariableType> fromKey(String text) {
        return Arrays.stream(values()).filter(t -> t.key.equals(text)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(VariableType::key).toList();
    }
}
