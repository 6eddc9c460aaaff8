package org.vademecum.search;

/** One file of the search index: its site-relative path (always under {@code search/}) and its bytes. */
public record SearchFile(String path, byte[] bytes) {}
