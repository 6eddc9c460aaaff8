package org.vademecum.model.tree;

/** What an answer must be for a branch to be taken. */
public sealed interface Condition permits Condition.Is, Condition.Range, Condition.Invalid {

    /** The condition as the author wrote it, for messages. */
    String source();

    /** A yes/no or choice answer equal to {@code value} ({@code oui}, {@code non}, or an option value). */
    record Is(String value) implements Condition {
        public String source() {
            return value;
        }
    }

    /** A numeric answer inside {@code interval}. */
    record Range(Interval interval, String source) implements Condition {}

    /**
     * A condition the loader could not read (already reported). The branch still counts as an edge of the graph,
     * so that one mistake gives one message, but it never matches an answer.
     */
    record Invalid(String source) implements Condition {}
}
