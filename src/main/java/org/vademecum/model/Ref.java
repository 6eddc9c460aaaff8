package org.vademecum.model;

import org.vademecum.diag.SourcePosition;

/** A reference by id to another content element, with the place it was written (for dangling-reference errors). */
public record Ref(String id, SourcePosition position) {}
