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
 * @param options  for yes/no: {@code oui} and {@code non}; for choice: the options in file order; else empty
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

    public static final String YES = "oui";
    public static final String NO = "non";

    public Variable {
        options = List.copyOf(options);
    }

    /** The allowed range of a numeric variable. */
    public Interval range() {
        return Interval.closed(min, max);
    }

    public Optional<Option> findOption(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }

    public List<String> optionValues() {
        return options.stream().map(Option::value).toList();
    }

    /** One answer a yes/no or choice variable can take, and what the reader sees for it. */
    public record Option(String value, String label, SourcePosition position) {}
}
