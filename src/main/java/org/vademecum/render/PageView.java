package org.vademecum.render;

/**
 * The typed view a page template receives: a record whose components become the template's variables (besides
 * {@code site}, {@code meta} and the strings {@code t}), so that what a template can use is declared in Java, one
 * record per page kind ({@link Views}; the kit's in {@code kit.KitPages}).
 */
public interface PageView {}
