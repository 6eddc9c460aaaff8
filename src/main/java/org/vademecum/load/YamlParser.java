package org.vademecum.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses YAML text into {@link YamlNode}s that carry file positions.
 * Syntax errors, duplicate keys, anchors and aliases, and documents too deep or too large ({@link Limits}) are
 * reported to the collector at their line and column, never thrown.
 */
public final class YamlParser {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(loaderOptions()).build();

    private final String path;
    private final int lineOffset;
    private final Diagnostics diagnostics;
    private int nodes;

    private YamlParser(String path, int lineOffset, Diagnostics diagnostics) {
        this.path = path;
        this.lineOffset = lineOffset;
        this.diagnostics = diagnostics;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        // Files are size-checked before reading; this is a second fence for text from other sources.
        options.setCodePointLimit((int) Limits.YAML_FILE_BYTES + 1);
        options.setAllowDuplicateKeys(true); // reported by this class, with both lines
        return options;
    }

    /**
     * Parses a whole document. {@code lineOffset} is added to every line, so that YAML taken from a front-matter
     * block reports the line of the file it sits in.
     */
    public static Optional<YamlNode> parse(String text, String path, int lineOffset, Diagnostics diagnostics) {
        return new YamlParser(path, lineOffset, diagnostics).parse(text);
    }

    private Optional<YamlNode> parse(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) return Optional.empty();
            return read(parser, 0);
        } catch (JsonProcessingException e) {
            diagnostics.error(errorPosition(e, text.length()), "YAML syntax: " + cleanMessage(e),
                    "check indentation (spaces only, no tabs), and quote text that contains ': ', '#', or starts with"
                            + " '[', '{', '*', '&', '>' or '-'");
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads the value at the current token; empty (after reporting) when it breaks a rule of this class. */
    private Optional<YamlNode> read(JsonParser p, int depth) throws IOException {
        SourcePosition at = position(p);
        JsonToken token = p.currentToken();
        if (++nodes == Limits.YAML_NODES + 1) {
            diagnostics.error(at, "too many values in one file (more than " + Limits.YAML_NODES + ")",
                    "split the content into smaller files");
        }
        if (!anchorsAndAliasesRefused(p, at)) {
            p.skipChildren();
            return Optional.empty();
        }
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= Limits.YAML_DEPTH) {
            diagnostics.error(at, "YAML nesting is too deep (more than " + Limits.YAML_DEPTH + " levels)",
                    "no content file needs this many levels; check the indentation");
            p.skipChildren();
            return Optional.empty();
        }
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    SourcePosition keyAt = position(p);
                    p.nextToken();
                    Optional<YamlNode> value = read(p, depth + 1);
                    if (value.isEmpty()) continue;
                    if (entries.containsKey(key)) {
                        diagnostics.error(keyAt, "duplicate key '" + key + "'",
                                "it is already set at line " + entries.get(key).keyPosition().line() + "; keep one of them");
                    } else {
                        entries.put(key, new YamlNode.Entry(key, keyAt, value.get()));
                    }
                }
                return Optional.of(new YamlNode.Mapping(entries, at));
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) read(p, depth + 1).ifPresent(items::add);
                return Optional.of(new YamlNode.Sequence(items, at));
            }
            case VALUE_NULL -> {
                return Optional.of(new YamlNode.Scalar(null, at));
            }
            default -> {
                return Optional.of(new YamlNode.Scalar(p.getText(), at));
            }
        }
    }

    /**
     * Anchors ({@code &name}) and aliases ({@code *name}) are refused: the parser would read an alias as the text
     * of its name, and shared values make the source hard to review. Returns false after reporting.
     */
    private boolean anchorsAndAliasesRefused(JsonParser p, SourcePosition at) {
        if (!(p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser yaml)) return true;
        if (yaml.isCurrentAlias() || yaml.getCurrentAnchor() != null) {
            String name = yaml.isCurrentAlias() ? "*" + safeText(p) : "&" + yaml.getCurrentAnchor();
            diagnostics.error(at, "YAML anchors and aliases are not supported ('" + name + "')",
                    "repeat the value; if it is text starting with '*' or '&', put it in quotes");
            return false;
        }
        return true;
    }

    private static String safeText(JsonParser p) {
        try {
            return p.getText();
        } catch (IOException e) {
            return "";
        }
    }

    private SourcePosition position(JsonParser p) {
        JsonLocation loc = p.currentTokenLocation();
        return new SourcePosition(path, Math.max(1, loc.getLineNr()) + lineOffset, Math.max(1, loc.getColumnNr()));
    }

    /**
     * SnakeYAML's mark of a syntax error (Jackson's location is the end of the last good token, or 1:1 for scanner
     * errors such as a tab in the indentation), except at the end of the text, where the end of the last token
     * says more than "line after the last".
     */
    private SourcePosition errorPosition(JsonProcessingException e, int textLength) {
        JsonLocation at = e.getLocation();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
                boolean atEnd = mark != null && mark.getIndex() >= textLength && at != null && at.getLineNr() > 0;
                if (mark != null && !atEnd) {
                    return new SourcePosition(path, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
                }
            }
        }
        int line = at == null ? 1 : Math.max(1, at.getLineNr()) + lineOffset;
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        return new SourcePosition(path, line, column);
    }

    private static String cleanMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) message = e.getMessage();
        // SnakeYAML gives "context, excerpt, problem, excerpt": keep the sentences, drop the excerpts and marks.
        List<String> parts = new ArrayList<>();
        for (String line : message.split("\n")) {
            String s = line.strip();
            if (s.isEmpty() || line.startsWith(" ") || s.equals("^") || s.startsWith("in 'reader'")) continue;
            parts.add(s);
        }
        return parts.isEmpty() ? "malformed YAML" : String.join("; ", parts);
    }
}
