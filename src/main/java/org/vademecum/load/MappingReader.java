package org.vademecum.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;
import org.vademecum.diag.Suggestions;
import org.vademecum.model.Ref;

/**
 * Reads the fields of one YAML mapping into typed values, reporting wrong types and missing fields to the
 * collector. {@link #finish()} reports every key that its {@link MappingKind} does not accept, with a "did you
 * mean" hint.
 * Getters never throw for author mistakes: they return a neutral value and record the error.
 */
public final class MappingReader {
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final YamlNode.Mapping mapping;
    private final MappingKind kind;
    private final String what;
    private final Diagnostics diagnostics;
    private final Set<String> known = new LinkedHashSet<>();

    /** {@code what} names the mapping in messages, e.g. "recommendation" or "variable 't_score'". */
    public MappingReader(YamlNode.Mapping mapping, MappingKind kind, String what, Diagnostics diagnostics) {
        this.mapping = mapping;
        this.kind = kind;
        this.what = what;
        this.diagnostics = diagnostics;
    }

    /** Reads {@code node} as a mapping of {@code kind}, or reports that it is not one. */
    public static Optional<MappingReader> of(YamlNode node, MappingKind kind, Diagnostics diagnostics) {
        return of(node, kind, kind.what(), diagnostics);
    }

    /** As above, named {@code what} in messages. */
    public static Optional<MappingReader> of(YamlNode node, MappingKind kind, String what, Diagnostics diagnostics) {
        if (node instanceof YamlNode.Mapping m) return Optional.of(new MappingReader(m, kind, what, diagnostics));
        diagnostics.error(node.position(), what + " must be a mapping (key: value), not " + node.kind(),
                "write one 'key: value' per line");
        return Optional.empty();
    }

    public SourcePosition position() {
        return mapping.position();
    }

    public SourcePosition positionOf(String key) {
        YamlNode.Entry e = mapping.entries().get(key);
        return e == null ? mapping.position() : e.value().position();
    }

    public Optional<YamlNode> node(String key) {
        assert kind.keys().contains(key) : "the loader reads '" + key + "', which MappingKind." + kind + " does not list";
        known.add(key);
        YamlNode.Entry e = mapping.entries().get(key);
        if (e == null) return Optional.empty();
        if (e.value() instanceof YamlNode.Scalar s && s.text() == null) return Optional.empty();
        return Optional.of(e.value());
    }

    public Optional<String> optString(String key) {
        return node(key).flatMap(n -> scalar(key, n)).map(String::strip).filter(s -> !s.isEmpty());
    }

    public String string(String key) {
        Optional<String> value = optString(key);
        if (value.isEmpty()) missing(key);
        return value.orElse("");
    }

    /** Whether {@code value} is an id; the length is checked first, the pattern would overflow the stack. */
    public static boolean isId(String value) {
        return value.length() <= Limits.ID_LENGTH && ID.matcher(value).matches();
    }

    /** A required id: lowercase ASCII words joined by '-'. */
    public String id(String key) {
        String value = string(key);
        if (value.length() > Limits.ID_LENGTH) {
            diagnostics.error(positionOf(key), "id is too long (" + value.length() + " characters; at most "
                    + Limits.ID_LENGTH + ")", "ids become addresses: use a few words, e.g. '"
                    + suggestId(value.substring(0, 40)) + "'");
            return value.substring(0, Limits.ID_LENGTH);
        }
        if (!value.isEmpty() && !ID.matcher(value).matches()) {
            diagnostics.error(positionOf(key), "invalid id '" + value + "'",
                    "ids are lowercase ASCII letters and digits joined by '-', e.g. '" + suggestId(value) + "'");
        }
        return value;
    }

    public Optional<Integer> optInt(String key) {
        return optString(key).flatMap(text -> {
            try {
                return Optional.of(Integer.parseInt(text));
            } catch (NumberFormatException e) {
                diagnostics.error(positionOf(key), "'" + key + "' must be a whole number, not '" + text + "'",
                        "write digits only, e.g. " + key + ": 3");
                return Optional.empty();
            }
        });
    }

    /** A list of text values; a single value is accepted as a list of one. */
    public List<String> strings(String key) {
        return list(key, (item) -> scalar(key, item).map(String::strip).filter(s -> !s.isEmpty())).stream()
                .map(Located::value).toList();
    }

    /** A list of ids referring to other content (checked later, by the validator). */
    public List<Ref> refs(String key) {
        List<Ref> out = new ArrayList<>();
        for (Located<String> item : list(key, n -> scalar(key, n).map(String::strip))) {
            out.add(new Ref(item.value(), item.position()));
        }
        return out;
    }

    /** An optional address, checked by {@code kind} (see {@link UrlField}); empty after reporting a bad one. */
    public Optional<String> optUrl(String key, UrlField kind) {
        return optString(key).flatMap(value -> kind.check(key, value, positionOf(key), diagnostics));
    }

    public Optional<Ref> optRef(String key) {
        return optString(key).map(id -> new Ref(id, positionOf(key)));
    }

    /** The items of a list field, each with its position; {@code reader} returns empty after reporting a bad item. */
    public <T> List<Located<T>> list(String key, Function<YamlNode, Optional<T>> reader) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) return List.of();
        List<YamlNode> items;
        if (node.get() instanceof YamlNode.Sequence seq) items = seq.items();
        else items = List.of(node.get());
        if (items.size() > Limits.LIST_ITEMS) {
            diagnostics.error(node.get().position(), "'" + key + "' has too many items (" + items.size()
                    + "; at most " + Limits.LIST_ITEMS + ")", "keep the list to what readers need");
            items = items.subList(0, Limits.LIST_ITEMS);
        }
        List<Located<T>> out = new ArrayList<>();
        for (YamlNode item : items) reader.apply(item).ifPresent(v -> out.add(new Located<>(v, item.position())));
        return out;
    }

    /** Required list of mappings of {@code itemKind}, each read by {@code reader}. */
    public <T> List<T> mappings(String key, MappingKind itemKind, Function<MappingReader, T> reader) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) return List.of();
        if (!(node.get() instanceof YamlNode.Sequence seq)) {
            diagnostics.error(node.get().position(), "'" + key + "' must be a list, not " + node.get().kind(),
                    "start each item with '- '");
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            of(item, itemKind, diagnostics).ifPresent(r -> {
                T value = reader.apply(r);
                r.finish();
                if (value != null) out.add(value);
            });
        }
        return out;
    }

    public void missing(String key) {
        diagnostics.error(mapping.position(), what + " is missing '" + key + "'", "add a line '" + key + ": …'");
    }

    /** Reports the keys that the mapping's kind does not accept. Call once, after reading every field. */
    public void finish() {
        // On clean content every listed key is asked for; after an error a loader may skip the fields it would
        // only misread (e.g. a variable of unknown type).
        assert diagnostics.hasErrors() || known.containsAll(kind.keys()) : "MappingKind." + kind + " lists keys the loader never reads: "
                + kind.keys().stream().filter(k -> !known.contains(k)).toList();
        for (YamlNode.Entry e : mapping.entries().values()) {
            if (!kind.keys().contains(e.key())) {
                diagnostics.error(e.keyPosition(), "unknown key '" + e.key() + "' in " + what,
                        Suggestions.hint(e.key(), kind.keys()));
            }
        }
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    private Optional<String> scalar(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar s) return Optional.ofNullable(s.text());
        diagnostics.error(node.position(), "'" + key + "' must be a text value, not " + node.kind(),
                "write it on one line after '" + key + ":', or as a '>-' block");
        return Optional.empty();
    }

    private static String suggestId(String value) {
        String s = java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    /** A value and where it was written. */
    public record Located<T>(T value, SourcePosition position) {}
}
