package org.vademecum.output;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What names a version of written bytes for caches (the service worker's revisions, the search index's file
 * names): CRC-32C and CRC-32, 64 bits that change with any edit. No one forges a guideline page against its own
 * cache, so a cryptographic hash is not needed, and both CRCs are CPU instructions for the JVM, where SHA-256
 * under the launcher's quick compiler was 4% of a 1,000-page build.
 */
public final class Fingerprint {
    private final CRC32C crc32c = new CRC32C();
    private final CRC32 crc32 = new CRC32();

    /** Adds {@code bytes} to the fingerprint. */
    public Fingerprint add(byte[] bytes) {
        crc32c.update(bytes);
        crc32.update(bytes);
        return this;
    }

    /** Adds a number (a length, a separator), so that moving bytes from one part to the next is a change too. */
    public Fingerprint add(int n) {
        return add(ByteBuffer.allocate(4).putInt(n).array());
    }

    public byte[] bytes() {
        return ByteBuffer.allocate(8).putInt((int) crc32c.getValue()).putInt((int) crc32.getValue()).array();
    }

    /** The fingerprint as 16 hex digits. */
    public String hex() {
        return HexFormat.of().formatHex(bytes());
    }

    /** The fingerprint of {@code bytes} alone. */
    public static byte[] of(byte[] bytes) {
        return new Fingerprint().add(bytes).bytes();
    }
}
