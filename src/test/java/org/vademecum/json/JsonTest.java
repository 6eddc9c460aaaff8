package org.vademecum.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesValuesDeterministically() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", List.of(1, 2.50, new BigDecimal("1.0"), true));
        map.put("a", Arrays.asList(null, "x"));
        assertEquals("{\"b\":[1,2.5,1.0,true],\"a\":[null,\"x\"]}", Json.write(map));
    }

    /** Every character, alone and between others, is written as one escape rule says, whatever surrounds it. */
    @Test
    void escapesExactlyWhatMustBeEscaped() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String expected = escaped(c);
            assertEquals("\"" + expected + "\"", Json.write(String.valueOf(c)));
            assertEquals("\"ab" + expected + "é" + expected + "\"", Json.write("ab" + c + "é" + c));
        }
    }

    private static String escaped(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '<' -> "\\u003c";
            case '>' -> "\\u003e";
            case '&' -> "\\u0026";
            case '\u2028' -> "\\u2028";
            case '\u2029' -> "\\u2029";
            default -> c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
        };
    }
}
