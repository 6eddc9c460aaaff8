package org.vademecum.typography;

/**
 * Typographic conventions of the site's language, applied to text that readers see (never to code, URLs,
 * attributes or search terms). Implementations are pure, deterministic and idempotent: applying one twice gives
 * the same text as applying it once. Chosen by {@code language} in {@code content/site.yaml}.
 */
public interface Typography {
    /** Leaves text as it is: languages without rules. */
    Typography NONE = (text, before, after) -> text;

    /**
     * The text with the conventions applied. {@code before} and {@code after} are the characters that surround it
     * in the same run of text (0 when none), so that a rule can see across an inline element
     * ({@code l'<abbr>DMO</abbr>}); they are context only and are never part of the result.
     */
    String apply(String text, char before, char after);

    /** The text with the conventions applied, on its own. Null gives null. */
    default String apply(String text) {
        return text == null ? null : apply(text, (char) 0, (char) 0);
    }

    /** The rules of a language code ({@code fr}, {@code fr-CA}…); {@link #NONE} for a language without rules. */
    static Typography forLanguage(String language) {
        String lang = language == null ? "" : language.toLowerCase(java.util.Locale.ROOT);
        return lang.equals("fr") || lang.startsWith("fr-") ? FrenchTypography.INSTANCE : NONE;
    }
}
