package org.vademecum.markdown;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Builds the Jsoup nodes that parsing flexmark's HTML output would give, as flexmark's HtmlWriter would write it:
 * the same line breaks ({@link #line} adds one only after text on the current line), text runs merged into one
 * node as Jsoup's tokenizer does, attribute values as the browser reads flexmark's escaping. Whatever flexmark's
 * line formatting would alter (leading spaces of a line, blank lines, newlines inside text) or Jsoup's parser
 * would repair (a link in a link), or Jsoup would read differently (CR, NUL), throws {@link Unsupported}.
 */
final class JsoupWriter {
    /** Thrown when the output might differ from flexmark's; without a stack trace, since it is expected. */
    static final class Unsupported extends RuntimeException {
        static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super(null, null, false, false);
        }
    }

    private Element current;
    private final StringBuilder text = new StringBuilder();
    private boolean lineStart = true;
    private int openLinks;

    JsoupWriter(Element root) {
        current = root;
    }

    /** Ends the current line unless nothing was written on it. */
    void line() {
        if (!lineStart) newline();
    }

    /** A raw end of line (flexmark's soft break), outside preformatted text. */
    void newline() {
        if (lineStart) throw Unsupported.INSTANCE; // a blank line, which flexmark's formatter may drop
        text.append('\n');
        lineStart = true;
    }

    /** Escaped text outside preformatted text: flexmark trims spaces that start a line. */
    void text(String s) {
        if (s.isEmpty()) return;
        char first = s.charAt(0);
        if (lineStart && (first == ' ' || first == '\t') || s.indexOf('\n') >= 0) throw Unsupported.INSTANCE;
        checkChars(s);
        text.append(s);
        lineStart = false;
    }

    /** The content of a code block, written as is; it ends the line when it ends with an end of line. */
    void preformatted(String s) {
        if (s.isEmpty()) return;
        checkChars(s);
        text.append(s);
        lineStart = s.charAt(s.length() - 1) == '\n';
    }

    /** Opens an element, whose attributes are name, value pairs (values as flexmark holds them). */
    Element open(Tag tag, String... attributes) {
        Element e = element(tag, attributes);
        if (tag.normalName().equals("a") && openLinks++ > 0) throw Unsupported.INSTANCE; // Jsoup would split them
        current = e;
        return e;
    }

    void close() {
        flush();
        if (current.normalName().equals("a")) openLinks--;
        current = current.parent();
        lineStart = false;
    }

    /** An element without content, such as {@code <br />}. */
    void empty(Tag tag, String... attributes) {
        element(tag, attributes);
    }

    /** Appends what remains; call once at the end. */
    void finish() {
        flush();
    }

    private Element element(Tag tag, String[] attributes) {
        flush();
        Element e = new Element(tag, null);
        for (int i = 0; i < attributes.length; i += 2) e.attr(attributes[i], attributeValue(attributes[i + 1]));
        current.appendChild(e);
        lineStart = false;
        return e;
    }

    /** What Jsoup reads from flexmark's attribute escaping, which keeps entities as they are. */
    private static String attributeValue(String value) {
        checkChars(value);
        return value.indexOf('&') < 0 ? value : Parser.unescapeEntities(Escaping.escapeHtml(value, true), true);
    }

    private static void checkChars(String s) {
        if (s.indexOf('\r') >= 0 || s.indexOf('\0') >= 0) throw Unsupported.INSTANCE;
    }

    private void flush() {
        if (text.length() == 0) return;
        current.appendChild(new TextNode(text.toString()));
        text.setLength(0);
    }
}
