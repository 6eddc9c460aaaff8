package org.vademecum.trees;

import org.vademecum.model.tree.Interval;

/**
 * A typed answer to one variable. Numeric variables take either an exact value or, when the reader only knows a
 * range (a tapped "T ≤ −3" button), an interval written {@code le:-3} or {@code gt:-3,le:-2}.
 */
public sealed interface Answer permits Answer.Choice, Answer.Exact, Answer.Range {

    /** The answer as it is written in a URL or on the command line. */
    String text();

    /** {@code oui}, {@code non}, or a choice option. */
    record Choice(String value) implements Answer {
        public String text() {
            return value;
        }
    }

    /** An exact number, kept exact (no {@code double}); {@code text} is its canonical decimal form. */
    record Exact(java.math.BigDecimal value, String text) implements Answer {}

    /** A number known only to lie in {@code range}. */
    record Range(Interval range, String text) implements Answer {}
}
