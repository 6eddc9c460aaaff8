package org.vademecum.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.vademecum.diag.Diagnostics;

/**
 * Reports raw HTML in a Markdown text that would not be published as written, at the position of the raw HTML.
 * The rule is that nothing an author writes disappears silently:
 * <ul>
 * <li>an unclosed raw-text element ({@code script style iframe xmp noembed noframes noscript textarea title
 * plaintext}) or comment ({@code <!--}) would swallow the rest of the page;</li>
 * <li>a closed one is dropped by the sanitiser with everything inside it (comments excepted: they are the
 * author's notes);</li>
 * <li>any other element or attribute the allow-list does not keep, a {@code javascript:} link included, would be
 * removed (its text stays, but the author must know the markup is not published);</li>
 * <li>as a safety net, any fragment whose text changes when cleaned;</li>
 * <li>an {@code id} used twice, used by a heading anchor, used by the theme (e.g. {@code tree-data}), or of the
 * form of a footnote id ({@code fn-1}, {@code fnref-1}).</li>
 * </ul>
 * Never throws; each problem is one diagnostic.
 */
final class RawHtmlCheck {
    static final Set<String> RAW_TEXT = Set.of("script", "style", "iframe", "xmp", "noembed", "noframes", "noscript",
            "textarea", "title", "plaintext");
    private static final Pattern RAW_TEXT_OPEN = Pattern.compile(
            "<(" + String.join("|", RAW_TEXT) + ")(?=[\\s/>]|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\bid\\s*=\\s*[\"']?", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(ref)?-\\d+(-\\d+)?");

    private final String text;
    private final MarkdownSource source;
    private final Safelist safelist;
    private final Set<String> reservedIds;
    private final Diagnostics diagnostics;
    private final int[] lineStarts;
    private final Map<String, Integer> firstIdLine = new HashMap<>();
    private int reported;
    private java.util.function.Supplier<String> html;
    private Map<String, String> headingIds;

    RawHtmlCheck(String text, MarkdownSource source, Safelist safelist, Set<String> reservedIds, Diagnostics diagnostics) {
        this.text = text;
        this.source = source;
        this.safelist = safelist;
        this.reservedIds = reservedIds;
        this.diagnostics = diagnostics;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts.add(i + 1);
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Checks every raw HTML node of {@code document} (parsed from the text); {@code html} renders it unsanitised,
     * and is only called when raw HTML has an id (text without raw HTML, most of it, costs one tree walk).
     */
    void check(Node document, java.util.function.Supplier<String> html) {
        this.html = html;
        for (Node n : document.getDescendants()) {
            boolean raw = n instanceof HtmlInlineBase
                    || (n instanceof HtmlBlockBase && !(n.getParent() instanceof HtmlBlockBase));
            if (raw) checkFragment(n.getChars().toString(), n.getStartOffset());
        }
    }

    private void checkFragment(String fragment, int offset) {
        int before = count();
        Matcher open = RAW_TEXT_OPEN.matcher(fragment);
        while (open.find()) {
            String tag = open.group(1).toLowerCase(Locale.ROOT);
            int at = offset + open.start();
            boolean closed = !tag.equals("plaintext")
                    && indexOfIgnoreCase("</" + tag, at) >= 0;
            if (!closed) {
                error(at, "unclosed <" + tag + "> would hide the rest of the page",
                        tag.equals("plaintext") ? "remove it (<plaintext> cannot be closed; use a code block)"
                                : "close it with </" + tag + ">, or remove it (" + notAllowed(tag) + ")");
            } else {
                error(at, "<" + tag + "> would be removed with everything inside it", "remove it (" + notAllowed(tag) + ")");
            }
        }
        for (int i = fragment.indexOf("<!--"); i >= 0; ) {
            int close = text.indexOf("-->", offset + i + 4);
            if (close < 0) {
                error(offset + i, "unclosed <!-- would hide the rest of the page", "close the comment with -->");
                break;
            }
            int next = close + 3 - offset;
            i = next >= fragment.length() ? -1 : fragment.indexOf("<!--", next);
        }
        Document dirty = Jsoup.parseBodyFragment(fragment, MarkdownRenderer.BASE);
        for (Element e : dirty.body().getAllElements()) {
            if (e == dirty.body()) continue;
            String tag = e.normalName();
            if (RAW_TEXT.contains(tag)) continue;
            if (!safelist.isSafeTag(tag)) {
                error(offset + tagOffset(fragment, tag), "<" + tag + "> is not allowed in pages and would be removed",
                        "use Markdown, or simple text markup (span, abbr, mark, sub, sup, details, table…)");
                continue;
            }
            for (Attribute a : e.attributes()) {
                if (!safelist.isSafeAttribute(tag, e, a)) {
                    error(offset + Math.max(0, fragment.indexOf(a.getKey())), "attribute '" + a.getKey() + "' on <" + tag
                            + "> is not allowed and would be removed", "remove it (event handlers, styles and "
                            + "javascript: links cannot be published; allowed everywhere: id, class, lang, title)");
                }
            }
            if (e.hasAttr("id")) checkId(e.id(), offset + idOffset(fragment, e.id()));
        }
        if (count() == before) {
            String cleaned = Jsoup.clean(fragment, MarkdownRenderer.BASE, safelist);
            String kept = Jsoup.parseBodyFragment(cleaned, MarkdownRenderer.BASE).body().text();
            if (!kept.equals(dirty.body().text())) {
                error(offset, "raw HTML would lose text when published", "keep only allowed tags around the text");
            }
        }
    }

    private void checkId(String id, int at) {
        if (headingIds == null) headingIds = headingIds(html.get());
        int line = lineOf(at);
        if (reservedIds.contains(id)) {
            error(at, "id '" + id + "' is already used by the theme", "choose another id: the theme's pages and "
                    + "scripts rely on the element with this id");
        } else if (FOOTNOTE_ID.matcher(id).matches()) {
            error(at, "id '" + id + "' has the form of a footnote id", "choose another id: footnotes use fn-N and fnref-N");
        } else if (firstIdLine.containsKey(id)) {
            error(at, "duplicate id '" + id + "'" + (source.exact() ? " (first used on line "
                    + source.at(firstIdLine.get(id), 0).line() + ")" : ""), "ids must be unique on a page; rename one");
        } else if (headingIds.containsKey(id)) {
            error(at, "id '" + id + "' is also the anchor of the heading '" + headingIds.get(id) + "'",
                    "choose another id: links to #" + id + " must reach the heading");
        }
        firstIdLine.putIfAbsent(id, line);
    }

    /** Anchors that the heading transform will give to h2–h4 without an id: slug → heading text. */
    private static Map<String, String> headingIds(String html) {
        Map<String, String> out = new HashMap<>();
        for (Element h : Jsoup.parseBodyFragment(html).select("h2, h3, h4")) {
            if (h.id().isEmpty() && !h.hasClass("no-anchor")) out.putIfAbsent(Slugs.slug(h.text()), h.text());
        }
        return out;
    }

    private static String notAllowed(String tag) {
        return switch (tag) {
            case "script", "noscript" -> "scripts are not allowed in pages";
            case "style" -> "styles and scripts are not allowed in pages";
            case "iframe", "noembed", "noframes" -> "embedded frames are not allowed in pages";
            case "textarea", "title" -> "form fields and document titles are not allowed in pages";
            default -> "use a code block to show markup";
        };
    }

    private static int tagOffset(String fragment, String tag) {
        Matcher m = Pattern.compile("<" + Pattern.quote(tag) + "(?=[\\s/>]|$)", Pattern.CASE_INSENSITIVE).matcher(fragment);
        return m.find() ? m.start() : 0;
    }

    private static int idOffset(String fragment, String id) {
        Matcher m = ID_ATTRIBUTE.matcher(fragment);
        while (m.find()) if (fragment.startsWith(id, m.end())) return m.start();
        return 0;
    }

    private int count() {
        return reported;
    }

    /** {@code text.indexOf(needle, from)} ignoring ASCII case, without lower-casing (which can shift offsets). */
    private int indexOfIgnoreCase(String needle, int from) {
        for (int i = Math.max(0, from); i + needle.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) return i;
        }
        return -1;
    }

    private int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    private void error(int offset, String message, String hint) {
        int line = lineOf(offset);
        reported++;
        diagnostics.error(source.at(line, offset - lineStarts[line]), source.message(message), hint);
    }
}
