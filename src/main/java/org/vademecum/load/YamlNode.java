package org.vademecum.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vademecum.diag.SourcePosition;

/** A parsed YAML value that remembers where it was written, so that every later error can point at it. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    SourcePosition position();

    /** What an author would call this kind of value, for error messages. */
    String kind();

    /** A plain value; {@code text} is null for YAML null ({@code ~} or nothing). */
    record Scalar(String text, SourcePosition position) implements YamlNode {
        public String kind() {
            return text == null ? "nothing" : "a text value";
        }
    }

    record Sequence(List<YamlNode> items, SourcePosition position) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        public String kind() {
            return "a list";
        }
    }

    /** A mapping in file order; keys keep their own positions for "unknown key" errors. */
    record Mapping(Map<String, Entry> entries, SourcePosition position) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public String kind() {
            return "a mapping (key: value)";
        }
    }

    record Entry(String key, SourcePosition keyPosition, YamlNode value) {}
}
