package org.vademecum.model;

/**
 * One grade of a site's scale: its {@code id} (written in recommendations' {@code grade:}, used in CSS classes,
 * anchors and {@code decide}'s JSON), the words a reader sees, and the colour role its badge is drawn with.
 */
public record Grade(String id, String label, String meaning, Role role) {

    /**
     * The colour of a grade's badge and card edge, from a fixed set so that any scale is drawn by the theme's CSS
     * (the {@code tone-<key>} classes) without per-id colours. The colour only repeats the label, which is text.
     */
    public enum Role {
        /** Strong evidence or a strong recommendation (HAS grade A). */
        STRONG("strong"),
        /** Moderate evidence or a conditional recommendation (HAS grade B). */
        MODERATE("moderate"),
        /** Weak evidence (HAS grade C). */
        WEAK("weak"),
        /** Expert or professional consensus without graded evidence (HAS accord professionnel). */
        EXPERT("expert"),
        /** No judgement carried by colour (e.g. a good-practice statement). */
        NEUTRAL("neutral");

        private final String key;

        Role(String key) {
            this.key = key;
        }

        /** The value written in {@code grades.yaml} and the suffix of the CSS class {@code tone-<key>}. */
        public String key() {
            return key;
        }

        public static java.util.Optional<Role> fromKey(String text) {
            return java.util.Arrays.stream(values()).filter(r -> r.key.equals(text)).findFirst();
        }

        public static java.util.List<String> keys() {
            return java.util.Arrays.stream(values()).map(Role::key).toList();
        }
    }
}
