package org.vademecum.trees;

import org.vademecum.model.tree.DecisionTree;

/** One line of the trees index ({@code /arbres/}, template {@code trees.ftlh}). */
public record TreeIndexEntry(String id, String title, String summary, String attribution, String href) {

    public static TreeIndexEntry of(DecisionTree tree) {
        return new TreeIndexEntry(tree.id(), tree.title(), tree.summary(), tree.attribution(), TreePageView.pagePath(tree.id()));
    }
}
