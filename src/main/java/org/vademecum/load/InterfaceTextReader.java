package org.vademecum.load;

import java.util.ArrayList;
import java.util.List;
import org.vademecum.diag.Diagnostics;
import org.vademecum.model.InterfaceText;

/**
 * Reads a tree of interface strings ({@code search: {placeholder: …}} or {@code search.placeholder: …}) into
 * dotted keys, in file order. A value that is not text is reported where it is written and left out.
 */
public final class InterfaceTextReader {
    private InterfaceTextReader() {}

    public static List<InterfaceText> read(YamlNode node, String what, Diagnostics diagnostics) {
        List<InterfaceText> out = new ArrayList<>();
        if (node instanceof YamlNode.Mapping m) {
            flatten("", m, out, diagnostics);
        } else {
            diagnostics.error(node.position(), what + " must be a mapping (key: text), not " + node.kind(),
                    "write one string per line, e.g. search.placeholder: Rechercher");
        }
        return out;
    }

    private static void flatten(String prefix, YamlNode.Mapping mapping, List<InterfaceText> out, Diagnostics diagnostics) {
        for (YamlNode.Entry e : mapping.entries().values()) {
            String key = prefix.isEmpty() ? e.key() : prefix + "." + e.key();
            if (e.value() instanceof YamlNode.Mapping m) {
                flatten(key, m, out, diagnostics);
            } else if (e.value() instanceof YamlNode.Scalar s && s.text() != null) {
                out.add(new InterfaceText(key, s.text(), e.keyPosition()));
            } else {
                diagnostics.error(e.value().position(), "interface string '" + key + "' must be a text value, not "
                        + e.value().kind(), "write the words after the colon, or delete the line to keep the theme's");
            }
        }
    }
}
