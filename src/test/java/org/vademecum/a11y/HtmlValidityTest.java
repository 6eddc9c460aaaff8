package org.vademecum.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.vademecum.browser.RealSite;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the W3C validator, as a library) reports no error on any page of the real site (issue 5).
 * Warnings and info messages are not errors.
 */
class HtmlValidityTest {
    /** The checker's main HTML schema; it resolves from the validator jar, no network. */
    static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** The checker, set up once (loading its schema takes seconds), collecting the errors of each document. */
    static final class Checker implements ErrorHandler {
        private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        private final List<String> errors = new ArrayList<>();

        Checker() throws Exception {
            validator.setUpMainSchema(SCHEMA, this);
            // The checker configures its bundled log4j at DEBUG, which Freemarker then logs through: quiet it.
            org.apache.log4j.LogManager.getRootLogger().setLevel(org.apache.log4j.Level.WARN);
            validator.setUpValidatorAndParsers(this, false, false);
        }

        /** Errors on one document, as "line:col: message". */
        List<String> errors(byte[] html, String name) throws Exception {
            errors.clear();
            InputSource source = new InputSource(new ByteArrayInputStream(html));
            source.setEncoding("UTF-8");
            source.setSystemId(name);
            validator.checkHtmlInputSource(source);
            return List.copyOf(errors);
        }

        @Override
        public void warning(SAXParseException e) {
            // not an error
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": fatal: " + e.getMessage());
        }
    }

    private static Checker checker;

    static synchronized Checker checker() throws Exception {
        if (checker == null) checker = new Checker();
        return checker;
    }

    static List<String> errors(byte[] html, String name) throws Exception {
        return checker().errors(html, name);
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, byte[]> f : RealSite.files().entrySet()) {
            if (!f.getKey().endsWith(".html")) continue;
            checked++;
            for (String e : errors(f.getValue(), f.getKey())) problems.add(f.getKey() + ":" + e);
        }
        assertTrue(checked > 20, "the real site has its pages");
        assertEquals(List.of(), problems, "Nu Html Checker errors");
    }

    @Test
    void theCheckerFindsErrorsWhenThereAreSome() throws Exception {
        String bad = "<!DOCTYPE html><html lang=\"fr\"><head><title>x</title></head><body><p><div>x</div><a href=\"a b\">y</a>"
                + "<img src=\"x.png\"></body></html>";
        List<String> errors = errors(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8), "bad.html");
        assertTrue(errors.size() >= 2, "expected errors (bad URL, img without alt): " + errors);
    }
}
