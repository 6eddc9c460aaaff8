package org.vademecum.model.tree;

import org.vademecum.diag.SourcePosition;

/**
 * One way out of a question: the condition on the answer, and the node it leads to.
 *
 * @param label    what a reader sees for this answer, or null to derive it from the condition
 * @param position where the condition is written (the branch key)
 * @param nextPosition where the target node id is written
 */
public record Branch(Condition when, String next, String label, SourcePosition position, SourcePosition nextPosition) {}
