package org.vademecum.model.tree;

import org.vademecum.diag.SourcePosition;

/** A decision tree from {@code content/trees/<id>.yaml}. Placeholder shape until the trees stage fills it in. */
public record DecisionTree(String id, String title, SourcePosition position) {}
