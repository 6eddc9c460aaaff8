package org.vademecum.render;

/** The HTML text a template produced for one site path, before post-processing. */
public record RenderedHtml(String url, String kind, String title, String html) {}
