package org.vademecum.model;

import java.util.List;
import org.vademecum.diag.SourcePosition;

/**
 * {@code content/kit.yaml}: the World Osteoporosis Day kit (issue 5), printable sheets for the public. Each sheet
 * is published under the kit's folder ({@link UrlSegments#kit()}) and prints to one A4 page; a poster is also published in an A3 version.
 * {@code guide} and {@code more} are site paths (checked by the link checker once rendered).
 */
public record Kit(String title, String date, String intro, String notice, String guide, List<Sheet> sheets,
                  SourcePosition position) {
    public Kit {
        sheets = List.copyOf(sheets);
    }

    /** {@code handout}: an A4 leaflet; {@code poster}: large type, printed in A4 and A3. */
    public enum Format {
        HANDOUT("handout"), POSTER("poster");

        private final String key;

        Format(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static java.util.Optional<Format> fromKey(String key) {
            for (Format f : values()) if (f.key.equals(key)) return java.util.Optional.of(f);
            return java.util.Optional.empty();
        }
    }

    /** One sheet: {@code lead} is its opening sentence, {@code closing} a final message (both optional). */
    public record Sheet(String id, Format format, String title, String lead, List<Block> blocks, String closing,
                        String more, SourcePosition position) {
        public Sheet {
            blocks = List.copyOf(blocks);
        }
    }

    /** A heading with a sentence and/or a list of short items. */
    public record Block(String heading, String text, List<String> items, SourcePosition position) {
        public Block {
            items = List.copyOf(items);
        }
    }
}
