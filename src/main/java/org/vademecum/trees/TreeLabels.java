package org.vademecum.trees;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;
import org.vademecum.model.tree.Branch;
import org.vademecum.model.tree.Condition;
import org.vademecum.model.tree.Interval;
import org.vademecum.model.tree.Variable;
import org.vademecum.model.tree.VariableType;
import org.vademecum.typography.Typography;

/**
 * What readers see for answers and branches, in the site's language: its decimal separator
 * ({@code format.decimal}), the minus sign (−), ≤ and ≥, and the unit after the last number
 * ({@code −3 < T ≤ −2}, {@code âge ≥ 65 ans}), joined by no-break spaces; yes/no answers in its words
 * ({@code answer.yes}, {@code answer.no}). The page's JavaScript formats exact numbers the same way
 * ({@code formatNumber} in {@code tree.js}).
 *
 * @param language the site's language ({@code fr}, {@code en}…)
 * @param strings  interface strings by key
 */
public record TreeLabels(String language, Function<String, String> strings) {
    /** No-break space: a comparison ({@code T ≤ −3}) is never split across lines. */
    static final String NB = "\u00a0";

    /** Whether the site is in French ({@code fr}, {@code fr-CA}…): French spacing, and yes/no written oui/non in data. */
    public boolean french() {
        String lang = language.toLowerCase(Locale.ROOT);
        return lang.equals("fr") || lang.startsWith("fr-");
    }

    /**
     * In French, the space before {@code ? ! : ;} and inside guillemets becomes a no-break space, so that a line
     * never starts with the punctuation; other languages have no such rule.
     */
    public String spacing(String text) {
        if (text == null || !french()) return text;
        return text.replaceAll(" ([?!:;\u00bb])", NB + "$1").replace("\u00ab ", "\u00ab" + NB);
    }

    /**
     * {@code text} with the typography of the site's language (apostrophes, no-break spaces…), for text outside the
     * page's HTML, which the page's typography transform does not reach: the diagram's SVG.
     */
    public String typeset(String text) {
        return Typography.forLanguage(language).apply(text);
    }

    /** {@code -2.5} → {@code −2,5} in French, {@code −2.5} in English. */
    public String number(String plain) {
        return plain.replace("-", "\u2212").replace(".", strings.apply("format.decimal"));
    }

    public String number(BigDecimal d) {
        return number(d.stripTrailingZeros().scale() < 0 ? d.setScale(0).toPlainString()
                : d.stripTrailingZeros().toPlainString());
    }

    /** A number with its unit: {@code 4 cm}, {@code −2,5}. */
    public String quantity(String plain, Variable v) {
        return number(plain) + (v.unit() == null ? "" : "\u00a0" + v.unit());
    }

    /** The label of a branch: the author's, the option's, or the interval written with the variable's symbol. */
    public String branch(Branch b, Variable v) {
        if (b.label() != null) return b.label();
        if (b.when() instanceof Condition.Is is) return option(v, is.value());
        if (b.when() instanceof Condition.Range r) return interval(r.interval(), v);
        return b.when().source();
    }

    /** {@code −3 < T ≤ −2}, {@code âge ≥ 65 ans}, {@code 0} (a single value). */
    public String interval(Interval i, Variable v) {
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
    public String answer(Answer a, Variable v, Branch taken) {
        if (a instanceof Answer.Choice c) return option(v, c.value());
        if (a instanceof Answer.Exact x) return quantity(x.text(), v);
        return taken != null ? branch(taken, v) : a.text();
    }

    /** The words of an option: the language's yes and no, or the author's label of a choice. */
    public String option(Variable v, String value) {
        if (value.equals(Variable.YES) || value.equals(Variable.NO)) {
            if (v.type() == VariableType.YES_NO) return strings.apply(value.equals(Variable.YES) ? "answer.yes" : "answer.no");
        }
        return v.findOption(value).map(Variable.Option::label).orElse(value);
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
