package org.vademecum.output;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Makes theme CSS and JavaScript smaller for readers on slow networks, conservatively: comments that stand on
 * their own lines, indentation and blank lines go; nothing inside a line of code is touched, so no rewriting can
 * change what the code does. Other files pass through unchanged.
 */
public final class AssetCompactor {
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

    private AssetCompactor() {}

    public static byte[] compact(String name, byte[] bytes) {
        if (name.endsWith(".css")) return lines(CSS_COMMENT.matcher(text(bytes)).replaceAll(""), false);
        if (name.endsWith(".js")) return lines(text(bytes), true);
        return bytes;
    }

    /** Drops indentation, blank lines and (for scripts) whole-line {@code //} and block comments. */
    private static byte[] lines(String text, boolean script) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inBlockComment = false;
        for (String raw : text.split("\n", -1)) {
            String line = raw.strip();
            if (script) {
                if (inBlockComment) {
                    if (line.endsWith("*/")) inBlockComment = false;
                    else if (line.contains("*/")) throw new IllegalStateException("code after a block comment: " + line);
                    continue;
                }
                if (line.startsWith("//")) continue;
                if (line.startsWith("/*")) {
                    if (line.endsWith("*/")) continue;
                    if (!line.contains("*/")) {
                        inBlockComment = true;
                        continue;
                    }
                }
            }
            if (!line.isEmpty()) out.append(line).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
