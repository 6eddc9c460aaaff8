package org.vademecum.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link FlexmarkToJsoup#plainText}'s shortcut gives what flexmark's own unescaping gives, on any text. */
class FlexmarkPlainTextTest {
    @Test
    void theShortcutGivesFlexmarksUnescapedText() {
        Random random = new Random(20261203);
        String alphabet = "ab é’«»  \\&;#x41amp\r\n\0*_`[]!1";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = sb.toString();
            int start = text.isEmpty() ? 0 : random.nextInt(text.length());
            int end = start + (text.length() == start ? 0 : random.nextInt(text.length() - start + 1));
            BasedSequence chars = BasedSequence.of(text).subSequence(start, end);
            assertEquals(Escaping.normalizeEOL(chars.unescape()), FlexmarkToJsoup.plainText(chars), text + " [" + start + "," + end + ")");
        }
    }

    @Test
    void plainTextIsCutFromTheSource() {
        assertEquals("une phrase simple", FlexmarkToJsoup.plainText(BasedSequence.of("> une phrase simple.").subSequence(2, 19)));
        assertEquals("a & b", FlexmarkToJsoup.plainText(BasedSequence.of("a &amp; b")));
        assertEquals("a * b", FlexmarkToJsoup.plainText(BasedSequence.of("a \\* b")));
        assertEquals("a\uFFFDb", FlexmarkToJsoup.plainText(BasedSequence.of("a\0b")));
    }
}
