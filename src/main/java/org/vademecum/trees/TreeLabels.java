package org.vademecum.trees;

import java.math.BigDecimal;
import org.vademecum.model.tree.Branch;
import org.vademecum.model.tree.Condition;
import org.vademecum.model.tree.Interval;
import org.vademecum.model.tree.Variable;

/**
 * What readers see for answers and branches, in French typography: decimal comma, minus sign (−), ≤ and ≥, and
 * the unit after the last number ({@code −3 < T ≤ −2}, {@code âge ≥ 65 ans}), joined by no-break spaces. The page's JavaScript formats
 * exact numbers the same way ({@code formatNumber} in {@code tree.js}).
 */
public final class TreeLabels {
    /** No-break space: a comparison ({@code T ≤ −3}) is never split across lines. */
    static final String NB = "\u00a0";

    private TreeLabels() {}

    /**
     * French spacing for plain text: the space before {@code ? ! : ;} and inside guillemets becomes a no-break
     * space, so that a line never starts with the punctuation.
     */
    public static String frenchSpacing(String text) {
        return text == null ? null : text.replaceAll(" ([?!:;\u00bb])", NB + "$1").replace("\u00ab ", "\u00ab" + NB);
    }

    /** {@code -2.5} → {@code −2,5}. */
    public static String number(String plain) {
        return plain.replace('-', '\u2212').replace('.', ',');
    }

    public static String number(BigDecimal d) {
        return number(d.stripTrailingZeros().scale() < 0 ? d.setScale(0).toPlainString()
                : d.stripTrailingZeros().toPlainString());
    }

    /** A number with its unit: {@code 4 cm}, {@code −2,5}. */
    public static String quantity(String plain, Variable v) {
        return number(plain) + (v.unit() == null ? "" : "\u00a0" + v.unit());
    }

    /** The label of a branch: the author's, the option's, or the interval written with the variable's symbol. */
    public static String branch(Branch b, Variable v) {
        if (b.label() != null) return b.label();
        if (b.when() instanceof Condition.Is is) return v.findOption(is.value()).map(Variable.Option::label).orElse(is.value());
        if (b.when() instanceof Condition.Range r) return interval(r.interval(), v);
        return b.when().source();
    }

    /** {@code −3 < T ≤ −2}, {@code âge ≥ 65 ans}, {@code 0} (a single value). */
    public static String interval(Interval i, Variable v) {
        String symbol = v.symbol() != null ? v.symbol() : v.label();
        String unit = v.unit() == null ? "" : "\u00a0" + v.unit();
        if (i.min() != null && i.max() != null && i.min().compareTo(i.max()) == 0) return number(i.min()) + unit;
        if (i.min() != null && i.max() != null) {
            return number(i.min()) + (i.minInclusive() ? NB + "\u2264" + NB : NB + "<" + NB) + symbol
                    + (i.maxInclusive() ? NB + "\u2264" + NB : NB + "<" + NB) + number(i.max()) + unit;
        }
        if (i.min() != null) return symbol + (i.minInclusive() ? NB + "\u2265" + NB : NB + ">" + NB) + number(i.min()) + unit;
        if (i.max() != null) return symbol + (i.maxInclusive() ? NB + "\u2264" + NB : NB + "<" + NB) + number(i.max()) + unit;
        return symbol;
    }

    /** What the reader answered: the option label, the number with its unit, or the range tapped. */
    public static String answer(Answer a, Variable v, Branch taken) {
        if (a instanceof Answer.Choice c) return v.findOption(c.value()).map(Variable.Option::label).orElse(c.value());
        if (a instanceof Answer.Exact x) return quantity(x.text(), v);
        return taken != null ? branch(taken, v) : a.text();
    }

    /** The range answer a tap on a numeric branch stands for: {@code gt:-3,le:-2}. */
    public static String rangeAnswer(Interval i) {
        StringBuilder s = new StringBuilder();
        if (i.min() != null) s.append(i.minInclusive() ? "ge:" : "gt:").append(AnswerParser.canonicalNumber(i.min().toPlainString()));
        if (i.max() != null) {
            if (s.length() > 0) s.append(',');
            s.append(i.maxInclusive() ? "le:" : "lt:").append(AnswerParser.canonicalNumber(i.max().toPlainString()));
        }
        return s.toString();
    }
}
