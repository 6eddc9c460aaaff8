package org.vademecum.trees;

import org.vademecum.model.tree.DecisionTree;

/** Which recommendations a tree cites, so that a recommendation can link to the trees that serve it. */
public final class TreeLinks {
    private TreeLinks() {}

    public static boolean cites(DecisionTree tree, String recommendationId) {
        return false; // TODO(trees): true when an outcome of the tree lists the recommendation
    }
}
