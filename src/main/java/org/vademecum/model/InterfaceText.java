package org.vademecum.model;

import org.vademecum.diag.SourcePosition;

/**
 * One interface string as written in a strings file or under {@code strings:} in {@code site.yaml}: its dotted key
 * ({@code search.placeholder}), its words, and where the key was written.
 */
public record InterfaceText(String key, String text, SourcePosition position) {}
