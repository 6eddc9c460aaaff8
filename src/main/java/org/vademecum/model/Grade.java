package org.vademecum.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The HAS grade scale used by French guidance. The words a reader sees live in the theme's strings file
 * ({@code grade.<key>.label} and {@code grade.<key>.meaning}); this enum only knows the keys.
 */
public enum Grade {
    A("A"), B("B"), C("C"), ACCORD_PROFESSIONNEL("accord-professionnel");

    private final String key;

    Grade(String key) {
        this.key = key;
    }

    /** The value written in YAML and used in CSS classes and URLs. */
    public String key() {
        return key;
    }

    public static Optional<Grade> fromKey(String text) {
        return Arrays.stream(values()).filter(g -> g.key.equals(text)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Grade::key).toList();
    }
}
