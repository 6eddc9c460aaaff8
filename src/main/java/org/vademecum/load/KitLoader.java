package org.vademecum.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.Suggestions;
import org.vademecum.model.Kit;

/**
 * Loads the optional {@code content/kit.yaml} (World Osteoporosis Day kit, issue 5) in the style of
 * {@link ContentLoader}: every mistake (unknown key, missing field, bad format, duplicate id) is reported with its
 * position, and loading goes on. Returns empty when the project has no kit or the file cannot be parsed.
 */
public final class KitLoader {
    public static final String FILE = "content/kit.yaml";

    private final Path project;
    private final Diagnostics diagnostics;

    public KitLoader(Path project, Diagnostics diagnostics) {
        this.project = project;
        this.diagnostics = diagnostics;
    }

    public Optional<Kit> load() {
        Path file = project.resolve(FILE);
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
        return SourceFile.read(project, file, diagnostics)
                .flatMap(source -> YamlParser.parse(source.text(), source.name(), 0, diagnostics))
                .flatMap(node -> MappingReader.of(node, MappingKind.KIT, diagnostics))
                .map(r -> {
                    Kit kit = kit(r);
                    r.finish();
                    return kit;
                });
    }

    private Kit kit(MappingReader r) {
        String guide = path(r, "guide");
        List<Kit.Sheet> sheets = r.mappings("sheets", MappingKind.KIT_SHEET, this::sheet);
        if (r.node("sheets").isEmpty()) r.missing("sheets");
        Set<String> ids = new HashSet<>();
        for (Kit.Sheet s : sheets) {
            if (!s.id().isEmpty() && !ids.add(s.id())) {
                diagnostics.error(s.position(), "duplicate kit sheet id '" + s.id() + "'", "give each sheet its own id");
            }
            if (s.format() == Kit.Format.POSTER && ids.contains(s.id() + "-a3")) {
                diagnostics.error(s.position(), "kit sheet id '" + s.id() + "-a3' is taken by the A3 version of poster '"
                        + s.id() + "'", "rename one of them");
            }
        }
        return new Kit(r.string("title"), r.string("date"), r.optString("intro").orElse(null),
                r.optString("notice").orElse(null), guide, sheets, r.position());
    }

    private Kit.Sheet sheet(MappingReader r) {
        String id = r.id("id");
        String formatText = r.optString("format").orElse("handout");
        Kit.Format format = Kit.Format.fromKey(formatText).orElse(null);
        if (format == null) {
            diagnostics.error(r.positionOf("format"), "invalid format '" + formatText + "' in kit sheet '" + id + "'",
                    Suggestions.hint(formatText, List.of("handout", "poster")));
            format = Kit.Format.HANDOUT;
        }
        List<Kit.Block> blocks = r.mappings("blocks", MappingKind.KIT_BLOCK, this::block);
        if (r.node("blocks").isEmpty()) r.missing("blocks");
        else if (blocks.isEmpty()) {
            diagnostics.error(r.positionOf("blocks"), "kit sheet '" + id + "' has no blocks", "add at least one block");
        }
        return new Kit.Sheet(id, format, r.string("title"), r.optString("lead").orElse(null), blocks,
                r.optString("closing").orElse(null), path(r, "more"), r.position());
    }

    private Kit.Block block(MappingReader r) {
        String heading = r.string("heading");
        String text = r.optString("text").orElse(null);
        List<String> items = r.strings("items");
        if (text == null && items.isEmpty()) {
            diagnostics.error(r.position(), "kit block '" + heading + "' has neither 'text' nor 'items'",
                    "add a sentence with 'text: …' or a list with 'items:'");
        }
        return new Kit.Block(heading, text, items, r.position());
    }

    /** An optional site path such as {@code /prevention/}; its target is checked once the page is rendered. */
    private static String path(MappingReader r, String key) {
        return r.optUrl(key, UrlField.PATH).orElse(null);
    }
}
