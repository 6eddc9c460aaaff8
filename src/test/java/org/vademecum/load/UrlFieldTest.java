package org.vademecum.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;

/** The one rule for addresses in content, and the placeholder hosts of base_url. */
class UrlFieldTest {
    private static final SourcePosition AT = new SourcePosition("content/site.yaml", 3, 7);

    private static Optional<String> check(UrlField kind, String value, Diagnostics d) {
        return kind.check("link", value, AT, d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/traitement/suivi/", "/traitement/suivi/#dmo", "https://www.has-sante.fr/",
            "http://example.fr/a?b=c", "HTTPS://GRIO.ORG/"})
    void acceptsSitePathsAndWebAddresses(String value) {
        Diagnostics d = new Diagnostics();
        assertEquals(Optional.of(value), check(UrlField.PATH_OR_WEB, value, d));
        assertFalse(d.hasErrors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "vbscript:x",
            "mailto:a@b.fr", "file:///etc/passwd", "//evil.example.org/", "/\\evil.example.org", "https:\\\\evil",
            "/a b/", "/a\tb/", "traitement/", "https://", "http:///x", " /x", "/x\u2028", "/x\u0000"})
    void refusesEverythingElseWithAPositionedMessage(String value) {
        Diagnostics d = new Diagnostics();
        assertTrue(check(UrlField.PATH_OR_WEB, value, d).isEmpty(), value);
        assertEquals(1, d.list().size());
        assertEquals(AT, d.list().get(0).position());
        assertTrue(d.list().get(0).hint().startsWith("write "), d.list().get(0).hint());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.has-sante.fr/"})
    void sitePathsOnlyRefuseOutsideAddresses(String value) {
        Diagnostics d = new Diagnostics();
        assertTrue(check(UrlField.PATH, value, d).isEmpty());
        assertTrue(check(UrlField.WEB, "/traitement/", d).isEmpty());
        assertEquals(2, d.list().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.org", "vademecum.example.org", "example.com", "www.example.net", "site.example",
            "guide.invalid", "a.test", "localhost", "127.0.0.1"})
    void placeholderHosts(String host) {
        assertTrue(SiteConfigReader.isPlaceholder(host));
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.has-sante.fr", "grio.org", "example.fr", "notexample.org", "testing.fr"})
    void realHosts(String host) {
        assertFalse(SiteConfigReader.isPlaceholder(host));
    }
}
