package org.vademecum.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;

/** A text file of the project and the name it is reported under (relative to the project, '/' separators). */
public record SourceFile(String name, String text) {

    /** Reads a UTF-8 file; reports (and returns empty) when it is not valid UTF-8. */
    public static Optional<SourceFile> read(Path project, Path file, Diagnostics diagnostics) {
        String name = relativeName(project, file);
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return Optional.of(new SourceFile(name, text.replace("\r\n", "\n")));
        } catch (CharacterCodingException e) {
            diagnostics.error(SourcePosition.file(name), "file is not valid UTF-8 text", "save it as UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String relativeName(Path project, Path file) {
        return project.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace('\\', '/');
    }
}
