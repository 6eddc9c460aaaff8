package org.vademecum.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;

/**
 * The one rule for every address an author writes (navigation {@code link}, recommendation {@code page},
 * reference {@code url}, {@code base_url}, kit {@code guide} and {@code more}): a site path starting with a single
 * {@code /} (its target is checked by the link checker once pages exist), or an absolute {@code http(s)://} address
 * with a host. Anything else ({@code javascript:}, {@code data:}, {@code //host}, backslashes, spaces) is an error,
 * because these values reach {@code href}s, the sitemap, canonical links and QR codes unescaped by meaning.
 */
public enum UrlField {
    /** A site path or an absolute web address. */
    PATH_OR_WEB("a site path starting with '/' or a full address starting with https://",
            "a site path such as /traitement/ or a full address such as https://www.has-sante.fr/"),
    /** A site path only (pages of this site). */
    PATH("a site path starting with '/'", "a site path such as /traitement/suivi/"),
    /** An absolute web address only. */
    WEB("a full address starting with https://", "a full address such as https://www.has-sante.fr/");

    private final String what;
    private final String example;

    UrlField(String what, String example) {
        this.what = what;
        this.example = example;
    }

    /** The value when it is a valid address of this kind; otherwise reports at {@code at} and returns empty. */
    public Optional<String> check(String key, String value, SourcePosition at, Diagnostics diagnostics) {
        Optional<String> problem = problem(value);
        if (problem.isEmpty()) return Optional.of(value);
        diagnostics.error(at, "'" + key + "' " + problem.get() + ": '" + printable(value) + "'", "write " + example);
        return Optional.empty();
    }

    private Optional<String> problem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                return Optional.of("must not contain spaces or control characters");
            }
            if (c == '\\') return Optional.of("must not contain a backslash '\\'");
        }
        if (value.startsWith("//")) return Optional.of("is a protocol-relative address (it starts with '//')");
        if (value.startsWith("/")) {
            return this == WEB ? Optional.of("must be " + what + ", not a site path") : Optional.empty();
        }
        int colon = value.indexOf(':');
        String scheme = colon > 0 ? value.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (!scheme.matches("[a-z][a-z0-9+.-]*")) {
            return Optional.of("must be " + what);
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must be " + what + "; the scheme '" + scheme + ":' is not allowed");
        }
        if (this == PATH) return Optional.of("must be " + what + " (a page of this guide), not an outside address");
        try {
            URI uri = new URI(value);
            if (uri.getHost() == null || uri.getHost().isEmpty()) return Optional.of("has no host name");
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid address (" + e.getReason() + ")");
        }
        return Optional.empty();
    }

    /** Long or odd values are shortened and escaped in the message so that it stays one readable line. */
    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length() && i < 80; i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return value.length() > 80 ? out + "…" : out.toString();
    }
}
