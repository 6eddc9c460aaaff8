package org.vademecum.model.tree;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.vademecum.diag.SourcePosition;

/**
 * A typed variable a tree asks for. Names are shared across trees (see the content notes), so that an answer given
 * once can serve another tree; the verifier checks that trees declaring the same name agree on its type.
 *
 * @param label    short name shown in the path taken ("T-score le plus bas")
 * @param question the question put to the reader
 * @param help     optional Markdown under the question
 * @param symbol   short name in numeric conditions shown to readers ("T"), defaults to the label
 * @param unit     unit of a numeric variable ("g/cm²", "ans"), or null
 * @param options  for yes/no: {@link #YES} and {@link #NO} (labels null: pages show the language's words); for
 *                 choice: the options in file order; else empty
 * @param min      smallest allowed value (numeric only), inclusive
 * @param max      largest allowed value (numeric only), inclusive
 * @param step     input step (numeric only); a hint for the page, not a constraint on answers
 */
public record Variable(
        String name,
        VariableType type,
        String label,
        String question,
        String help,
        String symbol,
        String unit,
        List<Option> options,
        BigDecimal min,
        BigDecimal max,
        BigDecimal step,
        SourcePosition position) {

    /** The values of a yes/no answer in data (tree.json, URLs, cases), whatever the site's language. */
    public static final String YES = "yes";
    public static final String NO = "no";
    /**
     * The French spellings, the only ones before answers became language-neutral: content, links and
     * {@code decide --set} written then keep working.
     */
    private static final java.util.Map<String, String> FRENCH_YES_NO = java.util.Map.of("oui", YES, "non", NO);

    public Variable {
        options = List.copyOf(options);
    }

    /** The allowed range of a numeric variable. */
    public Interval range() {
        return Interval.closed(min, max);
    }

    /** The option {@code value} names; for yes/no, {@code oui} and {@code non} name {@link #YES} and {@link #NO}. */
    public Optional<Option> findOption(String value) {
        String v = type == VariableType.YES_NO ? FRENCH_YES_NO.getOrDefault(value, value) : value;
        return options.stream().filter(o -> o.value().equals(v)).findFirst();
    }

    /** A yes/no value as French content wrote it ({@code oui}, {@code non}); any other value as it is. */
    public static String inFrench(String value) {
        return value.equals(YES) ? "oui" : value.equals(NO) ? "non" : value;
    }

    /** Whether {@code written} is a French spelling of a yes/no answer. */
    public static boolean isFrenchYesNo(String written) {
        return FRENCH_YES_NO.containsKey(written);
    }

    public List<String> optionValues() {
        return options.stream().map(Option::value).toList();
    }

    /** One answer a yes/no or choice variable can take, and what the reader sees for it (null for yes/no). */
    public record Option(String value, String label, SourcePosition position) {}
}
