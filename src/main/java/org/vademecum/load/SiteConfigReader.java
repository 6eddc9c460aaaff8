package org.vademecum.load;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vademecum.diag.Diagnostics;
import org.vademecum.model.SiteConfig;
import org.vademecum.model.UrlSegments;

/**
 * Reads {@code content/site.yaml}. Title, language, base_url, content_version and review_date are required; the language must
 * be a BCP 47 tag before anything uses it (it names the theme's strings file), the review date a real calendar
 * date, and every address passes {@link UrlField}. A placeholder {@code base_url} is a warning: it ends up in QR
 * codes, the sitemap and canonical links. {@code strings} is read here and checked against the theme's keys
 * when the theme's strings are loaded. {@code urls} renames the folders of the generated pages.
 */
final class SiteConfigReader {
    /** BCP 47 in the shape guides use: a 2-3 letter language, then optional subtags ({@code fr}, {@code fr-CA}). */
    static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,4}");
    /** What a broken site.yaml falls back to, so that later stages never see an unchecked language. */
    static final String FALLBACK_LANGUAGE = "fr";
    /** A size: up to 6 digits, an optional decimal part, then a unit. */
    private static final Pattern SIZE = Pattern.compile("(\\d{1,6}(?:\\.\\d{1,3})?)\\s*(B|KB|MB|Ko|Mo|o)", Pattern.CASE_INSENSITIVE);

    private static final List<String> PLACEHOLDER_DOMAINS = List.of("example.org", "example.com", "example.net",
            "example", "invalid", "test", "localhost");

    private final Diagnostics diagnostics;

    SiteConfigReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    SiteConfig read(MappingReader r) {
        List<SiteConfig.NavItem> nav = r.mappings("navigation", MappingKind.NAVIGATION_ITEM,
                n -> new SiteConfig.NavItem(n.string("title"), link(n), n.positionOf("link")));
        return new SiteConfig(r.string("title"), language(r), r.optString("description").orElse(""), baseUrl(r),
                r.string("content_version"), date(r, "review_date"), r.optString("disclaimer").orElse(""),
                r.optString("source_document").orElse(""), nav, r.strings("source_notes"),
                r.node("strings").map(n -> InterfaceTextReader.read(n, "strings", diagnostics)).orElse(List.of()),
                urls(r), offlineBudget(r));
    }

    /**
     * The optional {@code urls:} mapping: a folder name for any of {@link UrlSegments#DEFAULTS}' keys, lowercase
     * ASCII words joined by '-', each used once. Clashes with Markdown pages are the validator's.
     */
    private UrlSegments urls(MappingReader r) {
        Optional<YamlNode> node = r.node("urls");
        if (node.isEmpty()) return UrlSegments.FRENCH;
        Optional<MappingReader> urls = MappingReader.of(node.get(), MappingKind.URLS, diagnostics);
        if (urls.isEmpty()) return UrlSegments.FRENCH;
        MappingReader u = urls.get();
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String key : UrlSegments.DEFAULTS.keySet()) {
            Optional<String> value = u.optString(key);
            if (value.isEmpty()) continue;
            String segment = value.get();
            if (!MappingReader.isId(segment)) {
                diagnostics.error(u.positionOf(key), "urls." + key + " '" + printable(segment) + "' is not a folder name",
                        "write lowercase ASCII letters and digits joined by '-', e.g. " + key + ": "
                                + UrlSegments.DEFAULTS.get(key));
                continue;
            }
            chosen.put(key, segment);
        }
        Map<String, String> all = new LinkedHashMap<>(UrlSegments.DEFAULTS);
        all.putAll(chosen);
        Map<String, String> owner = new HashMap<>();
        all.forEach((key, segment) -> {
            String first = owner.putIfAbsent(segment, key);
            if (first != null) {
                String changed = chosen.containsKey(key) ? key : first;
                String other = changed.equals(key) ? first : key;
                diagnostics.error(u.positionOf(changed), "urls." + changed + " '" + segment + "' is already the folder of "
                        + other, "give each generated page its own folder");
            }
        });
        u.finish();
        return new UrlSegments(all);
    }

    static SiteConfig empty() {
        return new SiteConfig("", FALLBACK_LANGUAGE, "", "/", "", "", "", "", List.of());
    }

    /**
     * {@code offline: budget: 5 MB} (issue 10): a number and a decimal unit (B, KB or MB; Ko and Mo too, any case),
     * as a phone counts data. Absent: {@link SiteConfig#DEFAULT_OFFLINE_BUDGET}.
     */
    private long offlineBudget(MappingReader r) {
        Optional<YamlNode> node = r.node("offline");
        if (node.isEmpty()) return SiteConfig.DEFAULT_OFFLINE_BUDGET;
        if (!(node.get() instanceof YamlNode.Mapping mapping)) {
            diagnostics.error(node.get().position(), "'offline' must be a mapping, not " + node.get().kind(),
                    "write 'offline:' alone on its line, then '  budget: 5 MB' indented below it");
            return SiteConfig.DEFAULT_OFFLINE_BUDGET;
        }
        MappingReader offline = new MappingReader(mapping, MappingKind.OFFLINE, "offline settings", diagnostics);
        long budget = offline.optString("budget").map(text -> size(text, offline.positionOf("budget")))
                .orElse(SiteConfig.DEFAULT_OFFLINE_BUDGET);
        offline.finish();
        return budget;
    }

    private long size(String text, org.vademecum.diag.SourcePosition position) {
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            diagnostics.error(position, "offline budget '" + printable(text) + "' is not a size",
                    "write a number and a unit, KB or MB, e.g. budget: 5 MB (0 MB saves only the shell)");
            return SiteConfig.DEFAULT_OFFLINE_BUDGET;
        }
        long unit = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "KB", "KO" -> 1_000;
            case "MB", "MO" -> 1_000_000;
            default -> 1;
        };
        return new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)).setScale(0, RoundingMode.DOWN).longValueExact();
    }

    private static String link(MappingReader n) {
        if (n.node("link").isEmpty()) {
            n.missing("link");
            return "";
        }
        return n.optUrl("link", UrlField.PATH_OR_WEB).orElse("");
    }

    private String language(MappingReader r) {
        String language = r.string("language");
        if (language.isEmpty()) return FALLBACK_LANGUAGE;
        if (!LANGUAGE.matcher(language).matches()) {
            diagnostics.error(r.positionOf("language"), "language '" + printable(language)
                    + "' is not a language tag", "write a BCP 47 tag such as fr, en or fr-CA");
            return FALLBACK_LANGUAGE;
        }
        return language;
    }

    /** An absolute http(s) address with a host, without query or fragment, normalised to end with '/'. */
    private String baseUrl(MappingReader r) {
        if (r.node("base_url").isEmpty()) {
            r.missing("base_url");
            return "/";
        }
        Optional<String> checked = r.optUrl("base_url", UrlField.WEB);
        if (checked.isEmpty()) return "/";
        String url = checked.get();
        if (url.contains("?") || url.contains("#")) {
            diagnostics.error(r.positionOf("base_url"), "base_url must not contain '?' or '#'",
                    "write the address of the site's root folder, e.g. https://guide.example.fr/osteoporose/");
            return "/";
        }
        String host = URI.create(url).getHost().toLowerCase(Locale.ROOT);
        if (isPlaceholder(host)) {
            diagnostics.warning(r.positionOf("base_url"), "base_url '" + url + "' is a placeholder; it ends up in QR"
                    + " codes, the sitemap and canonical links", "set the address where the site will be published");
        }
        return url.endsWith("/") ? url : url + "/";
    }

    static boolean isPlaceholder(String host) {
        if (host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("0.0.0.0")) return true;
        for (String domain : PLACEHOLDER_DOMAINS) {
            if (host.equals(domain) || host.endsWith("." + domain)) return true;
        }
        return false;
    }

    /** A required date, YYYY-MM-DD and real (no 2026-13-45); empty after reporting. */
    private String date(MappingReader r, String key) {
        Optional<String> text = r.optString(key);
        if (text.isEmpty()) {
            r.missing(key);
            return "";
        }
        String value = text.get();
        String hint = "write a real date as YYYY-MM-DD, e.g. " + key + ": 2026-11-29";
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            diagnostics.error(r.positionOf(key), key + " must be a date written YYYY-MM-DD, not '" + printable(value) + "'", hint);
            return "";
        }
        try {
            LocalDate.parse(value);
            return value;
        } catch (DateTimeParseException e) {
            diagnostics.error(r.positionOf(key), key + " '" + value + "' is not a date that exists", hint);
            return "";
        }
    }

    private static String printable(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
