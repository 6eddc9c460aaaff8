package org.vademecum.render;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;
import org.vademecum.load.YamlNode;
import org.vademecum.load.YamlParser;

/**
 * The words of the interface ({@code templates/strings/<language>.yaml}), flattened to dotted keys
 * ({@code grade.A.label}). Adding a language means adding one file.
 */
public record InterfaceStrings(Map<String, String> values) {

    public static InterfaceStrings load(Theme theme, String language, Diagnostics diagnostics) {
        String file = "strings/" + language + ".yaml";
        if (!theme.has(file)) {
            diagnostics.error(SourcePosition.file("content/site.yaml"), "no interface strings for language '"
                    + language + "'", "add " + theme.displayName(file) + " or set language: fr");
            return new InterfaceStrings(Map.of());
        }
        String text = new String(theme.read(file), StandardCharsets.UTF_8);
        Map<String, String> flat = new TreeMap<>();
        Optional<YamlNode> root = YamlParser.parse(text, theme.displayName(file), 0, diagnostics);
        root.ifPresent(node -> flatten("", node, flat));
        return new InterfaceStrings(java.util.Collections.unmodifiableMap(flat));
    }

    private static void flatten(String prefix, YamlNode node, Map<String, String> out) {
        if (node instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries().values()) flatten(prefix.isEmpty() ? e.key() : prefix + "." + e.key(), e.value(), out);
        } else if (node instanceof YamlNode.Scalar s && s.text() != null) {
            out.put(prefix, s.text());
        }
    }

    /** The string for {@code key}; a missing key shows as itself so that the gap is visible, never blank. */
    public String get(String key) {
        return values.getOrDefault(key, key);
    }
}
