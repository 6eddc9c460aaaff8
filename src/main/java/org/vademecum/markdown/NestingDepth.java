package org.vademecum.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first place where Markdown nests deeper than {@link #LIMIT}, with a line scan cheap enough to run
 * before any parser sees the text: flexmark (and the HTML tools after it) recurse on nesting, so 1,000 nested
 * {@code >} would overflow the stack, and Jsoup silently flattens HTML deeper than 512 elements. Never throws.
 *
 * <p>Per line it counts the block-quote markers, the list items still open (by the indentation of their content,
 * items on one line such as {@code - - -} included), and the raw HTML elements still open since the start of
 * the text (void elements and elements whose end tag may be omitted, such as {@code p} or {@code li}, are not
 * counted). Fenced code and inline code spans are skipped. It over-approximates only on odd input, and only
 * 32 levels deep can that matter.
 */
final class NestingDepth {
    /** The deepest nesting a page may use: far more than prose needs, far less than any stack or parser limit. */
    static final int LIMIT = 32;

    /** Where the limit was first passed: 0-based line of the text, 0-based column, and what nested. */
    record TooDeep(int line, int column, String what) {}

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)(?=[\\s/>]|$)([^<>]*?)(/?)(>|$)");
    /** An opening fence as CommonMark has it: at most 3 spaces, and no backtick in a backtick fence's info. */
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}(?=[^`]*$)|~{3,}).*");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    private static final Set<String> UNCOUNTED = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr", "param", "keygen", "p", "li", "dt", "dd", "tr", "td", "th",
            "thead", "tbody", "tfoot", "option", "optgroup", "rp", "rt", "colgroup", "caption", "html", "head", "body");

    private NestingDepth() {}

    static Optional<TooDeep> find(String text) {
        return find(text, LIMIT);
    }

    /** The first line nested deeper than {@code limit}, or empty. */
    static Optional<TooDeep> find(String text, int limit) {
        String[] lines = text.split("\n", -1);
        Deque<Integer> listContent = new ArrayDeque<>();
        int html = 0;
        String fence = null;
        int fenceQuotes = 0;
        int fenceIndent = 0;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int p = 0;
            int quotes = 0;
            int deepQuote = -1;
            // Block quotes first: "> > >" or ">>>".
            while (true) {
                int q = skipSpaces(line, p, 3);
                if (q < line.length() && line.charAt(q) == '>') {
                    quotes++;
                    p = q + 1;
                    if (quotes == limit + 1) deepQuote = q;
                } else {
                    break;
                }
            }
            String rest = line.substring(p);
            String stripped = rest.strip();
            int indent = indentOf(line, p);
            if (fence != null) {
                // Fenced code nests nothing, but it ends where its quote or list ends, as flexmark ends it.
                if (quotes >= fenceQuotes && (stripped.isEmpty() || indent >= fenceIndent)) {
                    char f = fence.charAt(0);
                    if (stripped.startsWith(fence) && stripped.chars().allMatch(c -> c == f)) fence = null;
                    continue;
                }
                fence = null;
            }
            if (deepQuote >= 0) return Optional.of(new TooDeep(n, deepQuote, "block quotes"));
            Matcher open = startsFence(rest) ? FENCE.matcher(rest) : null;
            if (open != null && open.matches()) {
                fence = open.group(1);
                fenceQuotes = quotes;
                fenceIndent = indent;
                continue;
            }
            if (stripped.isEmpty()) continue;
            while (!listContent.isEmpty() && indent < listContent.peek()) listContent.pop();
            // List markers, possibly several on one line ("- - - x", "1. - x").
            int q = p;
            while (true) {
                int s = skipSpaces(line, q, Integer.MAX_VALUE);
                int end = listMarkerEnd(line, s);
                if (end < 0) break;
                listContent.push(end + 1);
                q = end;
                if (quotes + listContent.size() > limit) return Optional.of(new TooDeep(n, s, "lists and block quotes"));
            }
            if (rest.indexOf('<') < 0) continue; // no tag on this line (most lines)
            Matcher m = TAG.matcher(CODE_SPAN.matcher(rest).replaceAll(r -> " ".repeat(r.group().length())));
            while (m.find()) {
                String name = m.group(2).toLowerCase(Locale.ROOT);
                if (UNCOUNTED.contains(name) || !m.group(4).isEmpty()) continue;
                if (m.group(1).isEmpty()) {
                    html++;
                    if (html + quotes + listContent.size() > limit) {
                        return Optional.of(new TooDeep(n, p + m.start(), "HTML elements"));
                    }
                } else if (html > 0) {
                    html--;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@link #FENCE} can match: a backtick or tilde after at most 3 spaces (a quick test before the pattern). */
    private static boolean startsFence(String rest) {
        int i = skipSpaces(rest, 0, 3);
        return i < rest.length() && (rest.charAt(i) == '`' || rest.charAt(i) == '~');
    }

    private static int skipSpaces(String line, int from, int max) {
        int i = from;
        while (i < line.length() && i - from < max && line.charAt(i) == ' ') i++;
        return i;
    }

    private static int indentOf(String line, int from) {
        int w = 0;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') w++;
            else if (c == '\t') w += 4 - (w % 4);
            else break;
        }
        return from + w;
    }

    /** The index just after a list marker ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) at {@code i}, or -1. */
    private static int listMarkerEnd(String line, int i) {
        if (i >= line.length()) return -1;
        char c = line.charAt(i);
        int end;
        if (c == '-' || c == '*' || c == '+') {
            end = i + 1;
        } else {
            int j = i;
            while (j < line.length() && j - i < 9 && Character.isDigit(line.charAt(j)) && line.charAt(j) < 128) j++;
            if (j == i || j >= line.length() || (line.charAt(j) != '.' && line.charAt(j) != ')')) return -1;
            end = j + 1;
        }
        if (end < line.length() && line.charAt(end) != ' ' && line.charAt(end) != '\t') return -1;
        return end;
    }
}
