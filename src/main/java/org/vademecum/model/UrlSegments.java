package org.vademecum.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The folder names of the pages the site generates (not the Markdown pages, whose addresses follow their files):
 * {@code urls:} in {@code content/site.yaml}, each key optional, with the French names of the first guide as the
 * defaults. Every address of a generated page is made here, from these names, and nowhere else.
 *
 * @param segments YAML key ({@link #DEFAULTS}) to folder name, for every key
 */
public record UrlSegments(Map<String, String> segments) {
    /** Every key of {@code urls:} with its default folder, in the order the authoring guide lists them. */
    public static final Map<String, String> DEFAULTS = defaults();

    public static final UrlSegments FRENCH = new UrlSegments(DEFAULTS);

    public UrlSegments {
        Map<String, String> all = new LinkedHashMap<>(DEFAULTS);
        all.putAll(segments);
        if (!all.keySet().equals(DEFAULTS.keySet())) throw new IllegalArgumentException("unknown url keys: " + segments.keySet());
        segments = Collections.unmodifiableMap(all);
    }

    private static Map<String, String> defaults() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("recommendations", "recommandations");
        m.put("risk_factors", "facteurs-de-risque");
        m.put("sequences", "sequences");
        m.put("glossary", "glossaire");
        m.put("bibliography", "bibliographie");
        m.put("trees", "arbres");
        m.put("about", "a-propos");
        m.put("search", "recherche");
        m.put("kit", "journee-mondiale");
        m.put("offline", "hors-ligne");
        return Collections.unmodifiableMap(m);
    }

    /** The page of {@code key} ({@code /glossaire/} for {@code glossary}). */
    public SitePath path(String key) {
        String segment = segments.get(key);
        if (segment == null) throw new IllegalArgumentException("no url key '" + key + "'");
        return SitePath.folder(segment);
    }

    public SitePath recommendations() {
        return path("recommendations");
    }

    public SitePath riskFactors() {
        return path("risk_factors");
    }

    public SitePath sequences() {
        return path("sequences");
    }

    public SitePath glossary() {
        return path("glossary");
    }

    public SitePath bibliography() {
        return path("bibliography");
    }

    public SitePath trees() {
        return path("trees");
    }

    /** A decision tree's page: {@code /arbres/<id>/}. */
    public SitePath tree(String id) {
        return trees().child(id);
    }

    public SitePath about() {
        return path("about");
    }

    public SitePath search() {
        return path("search");
    }

    public SitePath kit() {
        return path("kit");
    }

    public SitePath offline() {
        return path("offline");
    }

    /**
     * Every page path by the key templates know it under ({@code riskFactors} for {@code risk_factors}): what the
     * layout links to ({@code site.urls.search}).
     */
    public Map<String, String> byTemplateKey() {
        Map<String, String> out = new LinkedHashMap<>();
        segments.keySet().forEach(k -> out.put(camel(k), path(k).value()));
        return Collections.unmodifiableMap(out);
    }

    private static String camel(String key) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '_') upper = true;
            else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
