package org.vademecum.model.tree;

import java.util.List;
import org.vademecum.diag.SourcePosition;

/**
 * A question node: asks one variable and follows the branch whose condition the answer meets.
 *
 * @param text overrides the variable's question text for this node, or null
 */
public record Question(String id, String variable, String text, List<Branch> branches, SourcePosition position,
        SourcePosition branchesPosition) implements Node {

    public Question {
        branches = List.copyOf(branches);
    }
}
