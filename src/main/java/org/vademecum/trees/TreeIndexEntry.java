package org.vademecum.trees;

import org.vademecum.model.tree.DecisionTree;

/** One line of the trees index (template {@code trees.ftlh}); {@code href} is the tree's page. */
public record TreeIndexEntry(String id, String title, String summary, String attribution, String href) {

    public static TreeIndexEntry of(DecisionTree tree, org.vademecum.model.UrlSegments urls) {
        return new TreeIndexEntry(tree.id(), tree.title(), tree.summary(), tree.attribution(), urls.tree(tree.id()).value());
    }
}
