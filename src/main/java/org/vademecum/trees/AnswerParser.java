package org.vademecum.trees;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vademecum.model.tree.Interval;
import org.vademecum.model.tree.Variable;
import org.vademecum.model.tree.VariableType;

/**
 * Reads the text of an answer (command line, URL, {@code cases:}) for one variable; text that does not fit throws
 * {@link InvalidAnswerException} with a reader-facing message and hint. Leading and trailing white space is
 * ignored; the page's JavaScript ({@code parseAnswer} in {@code tree.js}) is meant to accept exactly the same forms:
 * <ul>
 * <li>yes/no: {@code yes} or {@code no}, or the French {@code oui} or {@code non} (read as yes and no), any letter
 * case;</li>
 * <li>choice: one of the option values, any letter case;</li>
 * <li>integer: ASCII digits with an optional sign {@code +}, {@code -} or {@code −} (U+2212), e.g. {@code -2},
 * {@code +3}, {@code −2}; no exponent, no spaces or thousands separators;</li>
 * <li>number: the same, with an optional decimal part after a point or a comma ({@code -2.5}, {@code -2,5},
 * {@code −2,5}); at least one digit on each side of the separator ({@code .5} and {@code 2.} are refused);
 * any number of digits, kept exact (compared as {@link BigDecimal}, never as {@code double});</li>
 * <li>numeric range: one or two bounds {@code lt:X le:X gt:X ge:X} joined by a comma, e.g. {@code le:-3},
 * {@code gt:-3,le:-2}, {@code gt:−3,5,le:-2} (a comma followed by a bound keyword separates bounds; any other comma
 * is a decimal separator); the range must leave a possible value in the allowed range.</li>
 * </ul>
 * An exact value must lie within the variable's allowed range ({@code min} to {@code max}, inclusive).
 */
public final class AnswerParser {
    static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)?");
    static final Pattern BOUND = Pattern.compile("(lt|le|gt|ge):([-+]?\\d+(?:[.,]\\d+)?)");

    private AnswerParser() {}

    /** Parses {@code text} as an answer to {@code variable}; throws with a reader-facing message when it does not fit. */
    public static Answer parse(Variable variable, String text) throws InvalidAnswerException {
        String t = text == null ? "" : text.strip().replace('\u2212', '-');
        String name = variable.name();
        switch (variable.type()) {
            case YES_NO, CHOICE -> {
                String v = t.toLowerCase(Locale.ROOT);
                Optional<Variable.Option> option = variable.findOption(v);
                if (option.isPresent()) return new Answer.Choice(option.get().value());
                throw new InvalidAnswerException("'" + text + "' is not an answer of " + name,
                        "expected one of: " + String.join(", ", variable.optionValues()));
            }
            default -> {
                return numeric(variable, t, text);
            }
        }
    }

    private static Answer numeric(Variable variable, String t, String original) throws InvalidAnswerException {
        String name = variable.name();
        boolean integer = variable.type() == VariableType.INTEGER;
        Interval allowed = variable.range();
        String rangeText = variable.min().toPlainString() + " to " + variable.max().toPlainString();
        if (t.contains(":")) {
            Interval r = Interval.ALL;
            String[] parts = t.split(",(?=\\s*(?:lt|le|gt|ge):)", -1);
            if (parts.length > 2) throw badRange(variable, original);
            StringBuilder canonical = new StringBuilder();
            for (String part : parts) {
                Matcher m = BOUND.matcher(part.strip());
                if (!m.matches()) throw badRange(variable, original);
                String num = canonicalNumber(m.group(2));
                BigDecimal v = new BigDecimal(num);
                Interval bound = switch (m.group(1)) {
                    case "lt" -> new Interval(null, false, v, false);
                    case "le" -> new Interval(null, false, v, true);
                    case "gt" -> new Interval(v, false, null, false);
                    default -> new Interval(v, true, null, false);
                };
                r = r.intersect(bound);
                if (canonical.length() > 0) canonical.append(',');
                canonical.append(m.group(1)).append(':').append(num);
            }
            Interval clipped = r.intersect(allowed);
            if (integer) clipped = clipped.integerView();
            if (clipped.isEmpty()) {
                throw new InvalidAnswerException("the range '" + original + "' leaves no possible value of " + name,
                        name + " goes from " + rangeText);
            }
            return new Answer.Range(r, canonical.toString());
        }
        if (!(integer ? INTEGER : NUMBER).matcher(t).matches()) {
            throw new InvalidAnswerException(name + " must be " + (integer ? "a whole number" : "a number")
                    + ", not '" + original + "'", integer ? "e.g. " + name + "=2"
                    : "write it with a decimal point, e.g. " + name + "=" + example(variable));
        }
        String num = canonicalNumber(t);
        BigDecimal v = new BigDecimal(num);
        if (!allowed.contains(v)) {
            throw new InvalidAnswerException(name + " = " + original + " is out of range",
                    name + " goes from " + rangeText + (variable.unit() == null ? "" : " (" + variable.unit() + ")"));
        }
        return new Answer.Exact(v, num);
    }

    /** The plain decimal form: no '+', a point, no superfluous zeros ({@code -2.50} → {@code -2.5}, {@code -0} → {@code 0}). */
    static String canonicalNumber(String text) {
        BigDecimal d = new BigDecimal(text.replace(',', '.').replace("+", ""));
        d = d.stripTrailingZeros();
        if (d.scale() < 0) d = d.setScale(0);
        String s = d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static InvalidAnswerException badRange(Variable variable, String original) {
        return new InvalidAnswerException("cannot read '" + original + "' as a value or a range of " + variable.name(),
                "write a number, or a range such as le:-3 or gt:-3,le:-2 (lt, le, gt, ge)");
    }

    private static String example(Variable v) {
        return v.min().add(v.max()).divide(BigDecimal.valueOf(2)).stripTrailingZeros().toPlainString();
    }
}
