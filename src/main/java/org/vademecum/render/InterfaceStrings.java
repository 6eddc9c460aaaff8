package org.vademecum.render;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;
import org.vademecum.diag.Suggestions;
import org.vademecum.load.InterfaceTextReader;
import org.vademecum.load.YamlParser;
import org.vademecum.model.InterfaceText;
import org.vademecum.model.SiteConfig;

/**
 * The words of the interface, by dotted key ({@code grade.A.label}), in three layers, each overriding the one
 * before key by key: the packaged theme's {@code strings/<language>.yaml}, the project's
 * {@code templates/strings/<language>.yaml}, then {@code strings:} in {@code site.yaml} (wording that belongs to
 * this guide). Only the packaged theme defines keys; an override of a key it does not know is an error with a
 * "did you mean". A language the packaged theme lacks must be given whole by the project. A key that no layer
 * has is an error too: in a template at its line ({@link #checkTemplates}), and when rendering or from Java
 * ({@link #get}), never a silent gap.
 */
public record InterfaceStrings(String language, Map<String, String> values) {
    /** The language whose packaged file lists every key, for a language the packaged theme does not have. */
    public static final String REFERENCE_LANGUAGE = "fr";

    /**
     * Keys the packaged theme no longer has, because their words belong to one guide (now {@code source_notes} in
     * {@code site.yaml}). A project with a copy of an older theme still builds: its own templates may use them.
     */
    private static final Map<String, String> RETIRED = Map.of(
            "about.provenance.origin", "source_notes", "about.provenance.references", "source_notes",
            "about.provenance.grio", "source_notes", "about.provenance.grioLink", "source_notes");

    /** {@code t["key"]} with a literal key, as templates write it. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("\\bt\\[\"([^\"$]+)\"]");

    public InterfaceStrings {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** The strings of {@code config}'s language, reworded by {@code config.strings()}; every problem is reported. */
    public static InterfaceStrings load(Theme theme, SiteConfig config, Diagnostics diagnostics) {
        return load(theme, config.language(), config.strings(), diagnostics);
    }

    public static InterfaceStrings load(Theme theme, String language, List<InterfaceText> siteStrings, Diagnostics diagnostics) {
        String file = "strings/" + language + ".yaml";
        Theme.Layer packaged = theme.packaged();
        Optional<Map<String, InterfaceText>> own = read(packaged, file, diagnostics);
        Map<String, InterfaceText> known = own.or(() -> read(packaged, "strings/" + REFERENCE_LANGUAGE + ".yaml", diagnostics))
                .orElseThrow(() -> new IllegalStateException("the packaged theme has no strings/" + REFERENCE_LANGUAGE + ".yaml"));
        Map<String, String> values = new TreeMap<>();
        own.ifPresent(texts -> texts.forEach((k, v) -> values.put(k, v.text())));

        boolean given = own.isPresent();
        for (int i = theme.layers().size() - 2; i >= 0; i--) { // the project's layers, least specific first
            Theme.Layer layer = theme.layers().get(i);
            Optional<Map<String, InterfaceText>> texts = read(layer, file, diagnostics);
            if (texts.isEmpty()) continue;
            if (!given) requireEveryKey(texts.get(), known.keySet(), layer.displayPrefix() + file, diagnostics);
            given = true;
            override(values, texts.get().values(), known.keySet(), diagnostics);
        }
        if (own.isEmpty()) known.forEach((k, v) -> values.putIfAbsent(k, v.text())); // reported once above, not per use
        if (!given) {
            diagnostics.error(SourcePosition.file("content/site.yaml"), "no interface strings for language '" + language + "'",
                    "add templates/strings/" + language + ".yaml (a translation of every key of (built-in theme)/strings/"
                            + REFERENCE_LANGUAGE + ".yaml) or set language: " + REFERENCE_LANGUAGE);
        }
        override(values, siteStrings, known.keySet(), diagnostics);
        InterfaceStrings strings = new InterfaceStrings(language, values);
        strings.checkTemplates(theme, diagnostics);
        return strings;
    }

    /** The strings file {@code file} of {@code layer}, by key; empty when the layer has no such file. */
    private static Optional<Map<String, InterfaceText>> read(Theme.Layer layer, String file, Diagnostics diagnostics) {
        return layer.find(file).map(path -> {
            String name = layer.displayPrefix() + file;
            String text;
            try {
                text = new String(java.nio.file.Files.readAllBytes(path), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Map<String, InterfaceText> out = new TreeMap<>();
            YamlParser.parse(text, name, 0, diagnostics).ifPresent(node ->
                    InterfaceTextReader.read(node, name, diagnostics).forEach(t -> out.put(t.key(), t)));
            return out;
        });
    }

    private static void override(Map<String, String> values, java.util.Collection<InterfaceText> texts, Set<String> known,
                                 Diagnostics diagnostics) {
        for (InterfaceText t : texts) {
            if (known.contains(t.key())) {
                values.put(t.key(), t.text());
            } else if (RETIRED.containsKey(t.key())) {
                values.put(t.key(), t.text());
                diagnostics.warning(t.position(), "interface string '" + t.key() + "' is no longer used by the built-in theme",
                        "write this guide's own wording as " + RETIRED.get(t.key()) + " in content/site.yaml; keep the key"
                                + " only if your own templates use it");
            } else {
                diagnostics.error(t.position(), "unknown interface string '" + t.key() + "'", hint(t.key(), known));
            }
        }
    }

    /** A language the packaged theme lacks is given whole: every key, so that no page shows a gap. */
    private static void requireEveryKey(Map<String, InterfaceText> texts, Set<String> known, String file, Diagnostics diagnostics) {
        List<String> missing = known.stream().filter(k -> !texts.containsKey(k)).sorted().toList();
        if (missing.isEmpty()) return;
        String shown = String.join(", ", missing.subList(0, Math.min(8, missing.size())))
                + (missing.size() > 8 ? " and " + (missing.size() - 8) + " more" : "");
        diagnostics.error(SourcePosition.file(file), "missing " + missing.size() + " interface string"
                        + (missing.size() == 1 ? "" : "s") + " for a language the built-in theme does not have: " + shown,
                "translate every key of (built-in theme)/strings/" + REFERENCE_LANGUAGE + ".yaml");
    }

    private static String hint(String key, Set<String> known) {
        return Suggestions.closest(key, known).map(c -> "did you mean '" + c + "'?")
                .orElse("the keys are those of (built-in theme)/strings/" + REFERENCE_LANGUAGE + ".yaml");
    }

    /**
     * Reports every {@code t["key"]} of the theme's templates whose key is not a string, at its line and column,
     * so that a typo fails the build even in a template this site does not render.
     */
    void checkTemplates(Theme theme, Diagnostics diagnostics) {
        for (Theme.ThemeFile file : theme.files()) {
            if (!file.relative().endsWith(".ftlh")) continue;
            String text = new String(theme.read(file.relative()), StandardCharsets.UTF_8);
            Matcher m = TEMPLATE_KEY.matcher(text);
            while (m.find()) {
                if (values.containsKey(m.group(1))) continue;
                int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                int column = m.start() - text.lastIndexOf('\n', m.start() - 1);
                diagnostics.error(new SourcePosition(file.displayName(), line, column),
                        "unknown interface string '" + m.group(1) + "'", hint(m.group(1), values.keySet()));
            }
        }
    }

    /** The string for {@code key}; throws {@link IllegalArgumentException} for a key no strings file has. */
    public String get(String key) {
        String value = values.get(key);
        if (value == null) throw new IllegalArgumentException("no interface string '" + key + "' in strings/" + language
                + ".yaml; " + hint(key, values.keySet()));
        return value;
    }

    /**
     * The strings as templates see them ({@code t["key"]}): a key that no strings file has stops the render with
     * the template's line and a "did you mean", instead of Freemarker's generic "evaluated to null or missing".
     */
    TemplateHashModel templateModel() {
        return new TemplateHashModel() {
            @Override
            public TemplateModel get(String key) throws TemplateModelException {
                String value = values.get(key);
                if (value == null) throw new UnknownString(key, hint(key, values.keySet()));
                return new SimpleScalar(value);
            }

            @Override
            public boolean isEmpty() {
                return values.isEmpty();
            }
        };
    }

    /** What {@link #templateModel} throws for a key no strings file has; the template engine reports it. */
    static final class UnknownString extends TemplateModelException {
        private final String key;
        private final String hint;

        UnknownString(String key, String hint) {
            super("unknown interface string '" + key + "' (" + hint + ")");
            this.key = key;
            this.hint = hint;
        }

        String key() {
            return key;
        }

        String hint() {
            return hint;
        }
    }
}
