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

/**
 * Parses YAML text into {@link YamlNode}s that carry file positions.
 * Syntax errors and duplicate keys are reported to the collector, never thrown.
 */
public final class YamlParser {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlParser() {}

    /**
     * Parses a whole document. {@code lineOffset} is added to every line, so that YAML taken from a front-matter
     * block reports the line of the file it sits in.
     */
    public static Optional<YamlNode> parse(String text, String path, int lineOffset, Diagnostics diagnostics) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) return Optional.empty();
            return Optional.of(read(parser, path, lineOffset, diagnostics));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr()) + lineOffset;
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            diagnostics.error(new SourcePosition(path, line, column), "YAML syntax: " + cleanMessage(e),
                    "check indentation, and quote text that contains ': ', '#', or starts with '[', '{', '*', '&', '>' or '-'");
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static YamlNode read(JsonParser p, String path, int lineOffset, Diagnostics diagnostics) throws IOException {
        SourcePosition at = position(p, path, lineOffset);
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    SourcePosition keyAt = position(p, path, lineOffset);
                    p.nextToken();
                    YamlNode value = read(p, path, lineOffset, diagnostics);
                    if (entries.containsKey(key)) {
                        diagnostics.error(keyAt, "duplicate key '" + key + "'",
                                "it is already set at line " + entries.get(key).keyPosition().line() + "; keep one of them");
                    } else {
                        entries.put(key, new YamlNode.Entry(key, keyAt, value));
                    }
                }
                return new YamlNode.Mapping(entries, at);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(read(p, path, lineOffset, diagnostics));
                return new YamlNode.Sequence(items, at);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(null, at);
            }
            default -> {
                return new YamlNode.Scalar(p.getText(), at);
            }
        }
    }

    private static SourcePosition position(JsonParser p, String path, int lineOffset) {
        JsonLocation loc = p.currentTokenLocation();
        return new SourcePosition(path, Math.max(1, loc.getLineNr()) + lineOffset, Math.max(1, loc.getColumnNr()));
    }

    private static String cleanMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) message = e.getMessage();
        // SnakeYAML gives "context, excerpt, problem, excerpt": keep the sentences, drop the excerpts and marks.
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String line : message.split("\n")) {
            String s = line.strip();
            if (s.isEmpty() || line.startsWith(" ") || s.equals("^") || s.startsWith("in 'reader'")) continue;
            parts.add(s);
        }
        return parts.isEmpty() ? "malformed YAML" : String.join("; ", parts);
    }
}
