package org.vademecum.model.tree;

import org.vademecum.diag.SourcePosition;

/** A question or an outcome: what a branch can lead to. */
public sealed interface Node permits Question, Outcome {
    String id();

    /** Where the node's key is written in its file. */
    SourcePosition position();
}
