package org.vademecum.trees;

import org.vademecum.model.tree.DecisionTree;

/** Which recommendations a tree cites, so that a recommendation can link to the trees that serve it. */
public final class TreeLinks {
    private TreeLinks() {}

    /** True when an outcome of {@code tree} lists {@code recommendationId}. */
    public static boolean cites(DecisionTree tree, String recommendationId) {
        return tree.outcomes().values().stream().anyMatch(o -> o.recommendationIds().contains(recommendationId));
    }
}
