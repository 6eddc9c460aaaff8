package org.vademecum.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;

/** A text file of the project and the name it is reported under (relative to the project, '/' separators). */
public record SourceFile(String name, String text) {
    static final String OUTSIDE_HINT = "copy what it points at into the project instead of linking to it";
    static final String NOT_A_FILE_HINT = "replace it with a text file, or remove it";

    /**
     * Reads a UTF-8 file of the project; reports (and returns empty) when it is not a regular file, is a link to
     * something outside the project, is larger than its limit ({@link Limits}) or is not valid UTF-8. Control
     * characters are reported at their position, and the text is still returned so that loading goes on.
     */
    public static Optional<SourceFile> read(Path project, Path file, Diagnostics diagnostics) {
        String name = relativeName(project, file);
        SourcePosition at = SourcePosition.file(name);
        try {
            Optional<Path> real = insideProject(project, file, name, diagnostics);
            if (real.isEmpty()) return Optional.empty();
            // Attributes come from the path without opening it: opening a FIFO would block for ever.
            BasicFileAttributes attrs = Files.readAttributes(real.get(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isRegularFile()) {
                diagnostics.error(at, name + " is " + describe(attrs) + ", not a file",
                        NOT_A_FILE_HINT);
                return Optional.empty();
            }
            long limit = name.endsWith(".md") ? Limits.PAGE_FILE_BYTES : Limits.YAML_FILE_BYTES;
            if (attrs.size() > limit) {
                diagnostics.error(at, "file is too large (" + kib(attrs.size()) + "; at most " + kib(limit) + ")",
                        "split it into smaller files; a file this large is usually pasted by mistake");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(real.get());
            Optional<String> text = decode(bytes, name, diagnostics);
            if (text.isEmpty()) return Optional.empty();
            String t = text.get();
            if (t.startsWith("\uFEFF")) t = t.substring(1);
            t = t.replace("\r\n", "\n");
            if (mayHoldControlCharacter(bytes) && reportControlCharacters(t, name, diagnostics)) t = withoutControlCharacters(t);
            return Optional.of(new SourceFile(name, t));
        } catch (NoSuchFileException e) {
            diagnostics.error(at, "cannot read " + name + ": it does not exist (a broken link?)", "fix or remove it");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The real path of {@code file} when it lies inside the project; a link that leads outside is an error, so that
     * a build never publishes a file the author did not put in the project.
     */
    static Optional<Path> insideProject(Path project, Path file, String name, Diagnostics diagnostics) throws IOException {
        Path real = file.toRealPath();
        Path root = project.toRealPath();
        if (!real.startsWith(root)) {
            diagnostics.error(SourcePosition.file(name), name + " is a link to " + real + ", outside the project",
                    OUTSIDE_HINT);
            return Optional.empty();
        }
        return Optional.of(real);
    }

    static String describe(BasicFileAttributes attrs) {
        if (attrs.isDirectory()) return "a folder";
        if (attrs.isSymbolicLink()) return "a link";
        return "a special file (FIFO, device or socket)";
    }

    private static String kib(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : (bytes + 1023) / 1024 + " KB";
    }

    /** Strict UTF-8 decoding; an invalid byte is reported at the line and column where it sits. */
    private static Optional<String> decode(byte[] bytes, String name, Diagnostics diagnostics) {
        // The JDK's lenient decoding is much faster; it turns an invalid byte into U+FFFD, so a text without one was
        // valid. A text with one (invalid, or written so) is decoded again strictly, to report the byte's place.
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) return Optional.of(lenient);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            out.flip();
            SourcePosition at = positionAfter(out, name);
            diagnostics.error(at, "invalid UTF-8 (byte " + in.position() + " of the file)",
                    "save the file as UTF-8; the character at this place was written in another encoding");
            return Optional.empty();
        }
        out.flip();
        return Optional.of(out.toString());
    }

    /** The position just after {@code text}, i.e. where the next character would be. */
    private static SourcePosition positionAfter(CharSequence text, String name) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else if (text.charAt(i) != '\r') {
                column++;
            }
        }
        return new SourcePosition(name, line, column);
    }

    /** C0 (except tab, newline, carriage return), DEL and C1 characters: invisible, and invalid in XML output. */
    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    /**
     * Blanks control characters once they are reported, so that the YAML parser does not report them again at a
     * vaguer place (and U+0085, a YAML line break, does not shift the lines).
     */
    private static String withoutControlCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) out.append(isControl(text.charAt(i)) ? ' ' : text.charAt(i));
        return out.toString();
    }

    /** Reports the first control characters at their position; true when there was any. */
    private static boolean reportControlCharacters(String text, String name, Diagnostics diagnostics) {
        int line = 1;
        int column = 1;
        int reported = 0;
        boolean found = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (isControl(c) && !found) found = true;
            if (isControl(c) && reported < Limits.CONTROL_CHARACTER_REPORTS) {
                diagnostics.error(new SourcePosition(name, line, column),
                        String.format("invisible control character U+%04X", (int) c),
                        "delete it (it often comes from copying text out of a PDF or a word processor)");
                reported++;
            }
            column++;
        }
        return found;
    }

    /**
     * False when the UTF-8 {@code bytes} surely hold no control character ({@link #isControl}): a C0 or DEL is one
     * byte, a C1 is 0xC2 then 0x80–0x9F. A scan of bytes, much cheaper than one of the decoded text.
     */
    private static boolean mayHoldControlCharacter(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) return true;
            if (b == 0xC2 && i + 1 < bytes.length && (bytes[i + 1] & 0xFF) >= 0x80 && (bytes[i + 1] & 0xFF) <= 0x9F) return true;
        }
        return false;
    }

    public static String relativeName(Path project, Path file) {
        return project.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }
}
