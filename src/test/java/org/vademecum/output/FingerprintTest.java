package org.vademecum.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sameBytesSameFingerprintAndAnyEditChangesIt() {
        byte[] page = utf8("<p>Alendronate 70 mg une fois par semaine</p>");
        assertArrayEquals(Fingerprint.of(page), Fingerprint.of(page.clone()));
        assertEquals(16, new Fingerprint().add(page).hex().length());
        // Every single-byte change of the page gives a fingerprint of its own.
        Set<String> seen = new HashSet<>();
        seen.add(new Fingerprint().add(page).hex());
        for (int i = 0; i < page.length; i++) {
            byte[] edited = page.clone();
            edited[i] ^= 1;
            seen.add(new Fingerprint().add(edited).hex());
        }
        assertEquals(page.length + 1, seen.size());
        assertNotEquals(new Fingerprint().add(utf8("7,5 mg")).hex(), new Fingerprint().add(utf8("75 mg")).hex());
    }

    @Test
    void lengthsTellWhereOnePartEnds() {
        String ab = new Fingerprint().add(2).add(utf8("ab")).add(1).add(utf8("c")).hex();
        String a = new Fingerprint().add(1).add(utf8("a")).add(2).add(utf8("bc")).hex();
        assertNotEquals(ab, a);
    }
}
