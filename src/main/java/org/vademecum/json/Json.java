package org.vademecum.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The one JSON writer of the build (tree data, search index, {@code decide --json}): deterministic: maps in their iteration order, no whitespace, numbers in plain decimal form.
 * {@code <}, {@code >} and {@code &} are escaped inside strings, so that the output can sit in an HTML
 * {@code <script type="application/json">} block.
 */
public final class Json {
    private Json() {}

    /** Writes maps (string keys), lists, strings, numbers, booleans and null. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) throw new IllegalArgumentException("not a JSON number: " + d);
            out.append(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString());
        } else if (value instanceof Number n) {
            out.append(n.longValue());
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) out.append(',');
                first = false;
                string(String.valueOf(e.getKey()), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) out.append(',');
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    /** Appends {@code s} as a JSON string literal. */
    public static void string(StringBuilder out, String s) {
        string(s, out);
    }

    /** The ASCII characters that {@link #string} escapes. */
    private static final boolean[] ESCAPED = new boolean[128];

    static {
        for (char c = 0; c < 0x20; c++) ESCAPED[c] = true;
        for (char c : "\"\\<>&".toCharArray()) ESCAPED[c] = true;
    }

    private static void string(String s, StringBuilder out) {
        out.ensureCapacity(out.length() + s.length() + 2);
        out.append('"');
        // characters that need no escape are copied by runs, not one by one
        int run = 0;
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < ESCAPED.length ? !ESCAPED[c] : c != '\u2028' && c != '\u2029') {
                continue;
            }
            out.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        out.append(s, run, s.length()).append('"');
    }
}
