package org.vademecum.model.tree;

/** What an answer must be for a branch to be taken. */
public sealed interface Condition permits Condition.Is, Condition.Range, Condition.Invalid {

    /** The condition as the author wrote it, for messages. */
    String source();

    /**
     * A yes/no or choice answer equal to {@code value} ({@code yes}, {@code no}, or an option value);
     * {@code source} is the key as written ({@code oui} in French content).
     */
    record Is(String value, String source) implements Condition {
        public Is(String value) {
            this(value, value);
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
