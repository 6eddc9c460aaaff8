package org.vademecum.typography;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French typography (Lexique des règles typographiques de l'Imprimerie nationale, CLDR {@code fr}), for text that
 * readers see. Rules, in the order they run:
 * <ol>
 * <li>straight apostrophe between letters → ’ ({@code l'âge} → {@code l’âge});</li>
 * <li>unit spellings: after a mass or amount unit, {@code /ml /dl /l} → {@code /mL /dL /L}; a number followed by
 * {@code ml} → {@code mL} (only these unambiguous case fixes);</li>
 * <li>digit groups: an existing group separator ({@code 1 000}) becomes U+202F; a whole number of 5 digits or more
 * is grouped by three ({@code 10000} → {@code 10 000}); a 4-digit quantity followed by a unit, or the first number
 * of a range that ends with one ({@code 1000 à 1200 mg/j}), is grouped too — so quantities read {@code 1 000};
 * years, ids, references ({@code 2013;28:1259-63}) and decimals are never followed by a unit and stay as they are;</li>
 * <li>a no-break space U+00A0 between a number and its unit ({@code 65 ans}, {@code 7,5 mg/j}, {@code 20 %}; a
 * missing space before {@code %} is added);</li>
 * <li>before {@code ; ! ?}: a narrow no-break space U+202F, replacing any space or added when a word ends right
 * before (never between digits: {@code 2018;85}); before {@code :} a full no-break space U+00A0 (the French
 * convention: the colon takes a word space), added only when the colon ends a word;</li>
 * <li>inside « »: U+202F, replacing any space or added.</li>
 * </ol>
 * URLs, e-mail addresses, domain names, DOIs and PMID/ISBN/ISSN/NCT identifiers are left exactly as written. No
 * other character is changed: signs, minus, hyphens and comparison operators ({@code T ≤ −3}, {@code 2-3 ans},
 * {@code -2,5}) stay.
 */
public final class FrenchTypography implements Typography {
    public static final FrenchTypography INSTANCE = new FrenchTypography();
    /** Narrow no-break space: before ; ! ?, inside « », between digit groups. */
    public static final char NNBSP = '\u202f';
    /** No-break space: before the colon, between a number and its unit. */
    public static final char NBSP = '\u00a0';

    private static final String HSP = "[ \\u00a0\\u202f]";
    /** Units after a number; longest spelling first where one is a prefix of another. */
    private static final String[] UNIT_SPELLINGS = {"mg", "kg", "µg", "μg", "ng", "pg", "g", "mL", "dL", "L", "UI",
            "mmol", "µmol", "μmol", "nmol", "ans", "an", "mois", "semaines", "semaine", "jours", "jour", "j", "heures",
            "h", "min", "cm", "mm", "DS", "%", "‰"};
    private static final String UNITS = "(?:" + String.join("|", UNIT_SPELLINGS) + ")";
    private static final String UNIT_END = "(?![\\p{L}\\p{N}])";

    private static final Pattern PROTECTED = Pattern.compile(
            "(?i)(?:https?://|ftp://|mailto:|www\\.)[^\\s<>\"«»]*[^\\s<>\"«».,;:!?)\\]]"
            + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
            + "|\\b(?:doi|pmid|pmcid|isbn|issn|nct)\\b[\\s:]*[^\\s,;]*[^\\s,;.)\\]]"
            + "|\\b10\\.\\d{4,9}/[^\\s<>\"]*[^\\s<>\".,;)\\]]"
            + "|\\b(?:[\\w-]+\\.)+(?:org|com|net|fr|eu|int|gov|edu|io)\\b(?:/[^\\s<>\"]*[^\\s<>\".,;)\\]])?");
    private static final Pattern PER_VOLUME = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(ng|pg|µg|μg|mg|g|nmol|pmol|µmol|μmol|mmol|mol|UI)/(?:(ml)|(dl)|(l))" + UNIT_END);
    private static final Pattern MILLILITRE = Pattern.compile("(?<=\\p{N})" + HSP + "*ml" + UNIT_END);
    private static final Pattern GROUPED = Pattern.compile(
            "(?<![\\p{N}.,\\p{L}])\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\p{N}\\p{L}]|\\.\\d)");
    private static final Pattern LONG_NUMBER = Pattern.compile(
            "(?<![\\p{N}.,/:;\\-–\\p{L}_#])\\d{5,}(?![\\p{N}\\p{L}/_]|[.\\-]\\d)");
    private static final Pattern FOUR_DIGIT_QUANTITY = Pattern.compile(
            "(?<![\\p{N}.,/:;\\p{L}_#])(\\d)(\\d{3})(?=(?:" + HSP + "*(?:à|-|–|ou|et)" + HSP
            + "*\\d{1,3}(?:[\\u00a0\\u202f]?\\d{3})*)?" + HSP + "*" + UNITS + UNIT_END + ")");
    private static final Pattern GROUP_SPACE = Pattern.compile(HSP);
    /** Private-use characters stand for protected tokens while the rules run. */
    private static final char PLACEHOLDER = '\ue000';

    /** What a character below U+0100 is (where most text lies, accented letters included): these flags. */
    private static final byte[] LATIN1 = new byte[256];
    /** {@code \p{N}}. */
    private static final byte NUMBER = 1;
    /** A number or a character a rule starts from: {@code ' / ; ! ? : « »}. */
    private static final byte TRIGGER = 2;
    /** A word character for {@code \b}: {@code _}, a letter or a digit. */
    private static final byte WORD = 4;
    static {
        for (char c = 0; c < 256; c++) {
            boolean number = numberType(c);
            LATIN1[c] = (byte) ((number ? NUMBER : 0) | (number || "'/;!?:«»".indexOf(c) >= 0 ? TRIGGER : 0)
                    | (c == '_' || Character.isLetterOrDigit(c) ? WORD : 0));
        }
    }

    private FrenchTypography() {}

    @Override
    public String apply(String text, char before, char after) {
        if (text == null || text.isEmpty()) return text;
        // Most text nodes hold no character a rule starts from: they stay as they are, without joining the context.
        if (!mayTrigger(before) && !mayTrigger(after) && !mayTrigger(text)) return text;
        String head = before == 0 ? "" : String.valueOf(before);
        String tail = after == 0 ? "" : String.valueOf(after);
        String joined = head + text + tail;
        String out = rules(joined);
        if (out == joined) return text;
        // Context characters are never changed by the rules except a space a rule replaces: then retry without it.
        if (!out.startsWith(head)) return apply(text, (char) 0, after);
        if (!out.endsWith(tail)) return apply(text, before, (char) 0);
        return out.substring(head.length(), out.length() - tail.length());
    }

    /**
     * A character that {@link Triggers#any} needs one of: one a rule starts from, or a number (a surrogate may be
     * one).
     */
    private static boolean mayTrigger(char c) {
        return c < 256 ? (LATIN1[c] & TRIGGER) != 0 : Character.isSurrogate(c) || numberType(c);
    }

    private static boolean mayTrigger(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (mayTrigger(text.charAt(i))) return true;
        }
        return false;
    }

    static String rules(String text) {
        return rules(text, Triggers.of(text));
    }

    /**
     * The rules with the given shortcuts; {@link Triggers#ALL} runs every rule (tests compare the two). Each rule
     * returns its text itself when it changes nothing.
     */
    static String rules(String text, Triggers has) {
        // Most text nodes hold none of the characters a rule starts from: they stay as they are.
        if (!has.any()) return text;
        List<String> kept = new ArrayList<>();
        String s = has.protectable() ? replace(PROTECTED, text, m -> {
            kept.add(m.group());
            return String.valueOf((char) (PLACEHOLDER + kept.size() - 1));
        }) : text;
        // Each rule runs only when the text holds a character it needs; the rules add none of these characters.
        if (has.apostrophe()) s = apostrophes(s);
        if (has.perVolume()) s = replace(PER_VOLUME, s, m -> m.group(1) + "/" + (m.group(2) != null ? "mL" : m.group(3) != null ? "dL" : "L"));
        // The number rules only add U+202F between digits and U+00A0, so the tests below (made on the text as it
        // came) stay necessary conditions after the rules before them.
        if (has.millilitre()) s = MILLILITRE.matcher(s).replaceAll(NBSP + "mL");
        if (has.spacedDigits()) s = replace(GROUPED, s, m -> GROUP_SPACE.matcher(m.group()).replaceAll(String.valueOf(NNBSP)));
        if (has.digitRun() >= 5) s = replace(LONG_NUMBER, s, m -> group(m.group()));
        if (has.digitRun() >= 4) s = FOUR_DIGIT_QUANTITY.matcher(s).replaceAll("$1" + NNBSP + "$2");
        if (has.numberThenSpace()) s = numberUnitSpaces(s);
        if (has.numberThenPercent()) s = percentSpaces(s);
        if (has.mark()) {
            s = spacesBefore(s, ";!?", NNBSP, false);
            s = wordBefore(s, ";!?", NNBSP, ")]»,.;:!?’\"");
        }
        if (has.colon()) {
            s = spacesBefore(s, ":", NBSP, false);
            s = wordBefore(s, ":", NBSP, "");
        }
        if (has.quote()) {
            s = spaceAfterOpeningQuotes(s);
            s = spacesBefore(s, "»", NNBSP, true);
        }
        if (kept.isEmpty()) return s;
        StringBuilder restored = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int i = c - PLACEHOLDER;
            if (i >= 0 && i < kept.size()) restored.append(kept.get(i));
            else restored.append(c);
        }
        return restored.toString();
    }

    // The simple rules are single scans rather than patterns (patterns cost several times more). Each does what
    // the pattern in its comment does with Matcher.replaceAll: the tests compare them on random texts.

    /** {@code (?<=\p{L})'(?=\p{L})} → ’. */
    private static String apostrophes(String s) {
        Edited out = new Edited(s);
        for (int i = s.indexOf('\''); i >= 0; i = s.indexOf('\'', i + 1)) {
            if (i > 0 && Character.isLetter(s.charAt(i - 1)) && i + 1 < s.length()
                    && Character.isLetter(s.codePointAt(i + 1))) out.replace(i, i + 1, '’');
        }
        return out.result();
    }

    /** {@code (?<=\p{N})[ \u202f]+(?=UNITS UNIT_END)} → U+00A0. */
    private static String numberUnitSpaces(String s) {
        Edited out = new Edited(s);
        int n = s.length();
        for (int i = 1; i < n; i++) {
            if (!isNumberUnitSpace(s.charAt(i)) || !isNumber(s.charAt(i - 1))) continue;
            int end = i + 1;
            while (end < n && isNumberUnitSpace(s.charAt(end))) end++;
            if (unitAt(s, end)) out.replace(i, end, NBSP);
            i = end - 1;
        }
        return out.result();
    }

    private static boolean isNumberUnitSpace(char c) {
        return c == ' ' || c == NNBSP;
    }

    /** {@code UNITS UNIT_END} at {@code i}. */
    private static boolean unitAt(String s, int i) {
        for (String unit : UNIT_SPELLINGS) {
            int end = i + unit.length();
            if (s.startsWith(unit, i) && (end == s.length() || !isLetterOrNumber(s.codePointAt(end)))) return true;
        }
        return false;
    }

    /** {@code (?<=\p{N})(?=[%‰])} → U+00A0. */
    private static String percentSpaces(String s) {
        Edited out = new Edited(s);
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '%' || c == '‰') && isNumber(s.charAt(i - 1))) out.replace(i, i, NBSP);
        }
        return out.result();
    }

    /** {@code SP+([marks])} → {@code space$1}, or {@code SP*([marks])} when {@code evenWithoutSpace}. */
    private static String spacesBefore(String s, String marks, char space, boolean evenWithoutSpace) {
        Edited out = new Edited(s);
        for (int i = indexOfAny(s, marks, 0); i >= 0; i = indexOfAny(s, marks, i + 1)) {
            int start = i;
            while (start > 0 && isSpace(s.charAt(start - 1))) start--;
            // A single space that is already the right one is left (the same text, without a copy).
            if (start == i ? evenWithoutSpace : start < i - 1 || s.charAt(start) != space) out.replace(start, i, space);
        }
        return out.result();
    }

    /** {@code (?<=[\p{L}\p{N})\]»’%])([marks])(?=$|[\s\u00a0\u202f followers])} → {@code space$1}. */
    private static String wordBefore(String s, String marks, char space, String followers) {
        Edited out = new Edited(s);
        for (int i = indexOfAny(s, marks, 1); i >= 0; i = indexOfAny(s, marks, i + 1)) {
            char previous = s.charAt(i - 1);
            boolean afterWord = Character.isLetter(previous) || isNumber(previous) || ")]»’%".indexOf(previous) >= 0;
            if (afterWord && (endsText(s, i + 1) || isRegexSpace(s.charAt(i + 1)) || s.charAt(i + 1) == NBSP
                    || s.charAt(i + 1) == NNBSP || followers.indexOf(s.charAt(i + 1)) >= 0)) out.replace(i, i, space);
        }
        return out.result();
    }

    /** The first index of one of {@code chars} from {@code from}, or -1. */
    private static int indexOfAny(String s, String chars, int from) {
        if (chars.length() == 1) return s.indexOf(chars.charAt(0), from);
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) return i;
        }
        return -1;
    }

    /** {@code «SP*} → «U+202F. */
    private static String spaceAfterOpeningQuotes(String s) {
        Edited out = new Edited(s);
        for (int i = s.indexOf('«'); i >= 0; i = s.indexOf('«', i + 1)) {
            int end = i + 1;
            while (end < s.length() && isSpace(s.charAt(end))) end++;
            if (end != i + 2 || s.charAt(i + 1) != NNBSP) out.replace(i + 1, end, NNBSP);
        }
        return out.result();
    }

    /** {@code $} at {@code i}: the end of the text, or a line terminator that ends it. */
    private static boolean endsText(String s, int i) {
        int n = s.length();
        if (i == n) return true;
        if (i == n - 2) return s.charAt(i) == '\r' && s.charAt(i + 1) == '\n';
        if (i != n - 1) return false;
        char c = s.charAt(i);
        return c == '\n' && (i == 0 || s.charAt(i - 1) != '\r') || c == '\r' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    /** {@code SP}: the spaces the punctuation rules replace. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == NBSP || c == NNBSP || c == '\u2009';
    }

    /** {@code \s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** {@code \p{N}} on one char, as a lookbehind sees it (a lone surrogate is none). */
    private static boolean isNumber(char c) {
        return c < 256 ? (LATIN1[c] & NUMBER) != 0 : numberType(c);
    }

    /** A character that is part of a word for {@code \b} (a mark or surrogate is not ruled out). */
    private static boolean isWordChar(char c) {
        return c < 256 ? (LATIN1[c] & WORD) != 0 : Character.isLetterOrDigit(c);
    }

    private static boolean isLetterOrNumber(int codePoint) {
        return Character.isLetter(codePoint) || numberType(codePoint);
    }

    private static boolean numberType(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** A text with ranges replaced, left to right; nothing is copied until a first replacement. */
    private static final class Edited {
        private final String text;
        private StringBuilder out;
        private int copied;

        Edited(String text) {
            this.text = text;
        }

        void replace(int start, int end, char with) {
            if (out == null) out = new StringBuilder(text.length() + 16);
            out.append(text, copied, start).append(with);
            copied = end;
        }

        String result() {
            return out == null ? text : out.append(text, copied, text.length()).toString();
        }
    }

    /**
     * Which characters a text holds that a rule needs to match: a quick scan that lets {@link #rules} skip the
     * rules that cannot match (a necessary condition only; the rules decide). {@code perVolume}: a slash before
     * {@code m}, {@code d} or {@code l} ({@code mg/l}). For the number rules: {@code millilitre} a number and
     * {@code ml}; {@code spacedDigits} a digit, a space, a digit ({@code 1 000}); {@code digitRun} the longest run
     * of digits; {@code numberThenSpace} a number before a space or U+202F; {@code numberThenPercent} a number
     * before % or ‰ (a number is {@code \p{N}}, a digit {@code [0-9]}, as the patterns have them).
     * {@code protectable}: the text may hold something {@link #PROTECTED} matches: {@code @}, {@code ://},
     * {@code mailto:}, {@code www.}, a dot before a letter or digit (a domain, a DOI), or an identifier word.
     */
    record Triggers(boolean apostrophe, boolean perVolume, boolean millilitre, boolean spacedDigits, int digitRun,
                    boolean numberThenSpace, boolean numberThenPercent, boolean mark, boolean colon, boolean quote,
                    boolean protectable) {
        static final Triggers ALL = new Triggers(true, true, true, true, Integer.MAX_VALUE, true, true, true, true, true, true);

        /** Below U+0100: {@link #PLAIN}, {@link #INITIAL}, or 0 for what the whole loop in {@link #of} looks at. */
        private static final byte[] KIND = new byte[256];
        /** A character that counts only right after a number (a space, %) or not at all. */
        private static final byte PLAIN = 1;
        /** The first letter of an identifier word (d, p, i, n), which counts for nothing else either. */
        private static final byte INITIAL = 2;
        static {
            for (char c = 0; c < 256; c++) {
                KIND[c] = "dDpPiInN".indexOf(c) >= 0 ? INITIAL
                        : !numberType(c) && "'/;!?«»@m:.".indexOf(c) < 0 ? PLAIN : 0;
            }
        }

        static Triggers of(String text) {
            boolean apostrophe = false, perVolume = false, mark = false, colon = false, quote = false;
            boolean protectable = false;
            boolean number = false, ml = false, spacedDigits = false, numberThenSpace = false, numberThenPercent = false;
            int digitRun = 0;
            int run = 0;
            boolean previousNumber = false;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                // Most characters (letters, a space after a word) are dealt with at once.
                int kind = c < 256 && !previousNumber ? KIND[c] : 0;
                if (kind != 0) {
                    run = 0;
                    if (kind == INITIAL && !protectable) protectable = identifierWordAt(text, i);
                    continue;
                }
                boolean digit = c >= '0' && c <= '9';
                // \p{N}, which the number rules look behind for; a surrogate might be one
                boolean isNumber = digit || c > 127 && (Character.isSurrogate(c) || isNumber(c));
                run = digit ? run + 1 : 0;
                if (run > digitRun) digitRun = run;
                if (previousNumber) {
                    if (c == ' ' || c == NNBSP) numberThenSpace = true;
                    else if (c == '%' || c == '‰') numberThenPercent = true;
                }
                number |= isNumber;
                previousNumber = isNumber;
                switch (c) {
                    case '\'' -> apostrophe = true;
                    case '/' -> perVolume |= i + 1 < n && "mdl".indexOf(text.charAt(i + 1)) >= 0;
                    case ';', '!', '?' -> mark = true;
                    case '«', '»' -> quote = true;
                    case '@' -> protectable = true;
                    case 'm' -> ml |= i + 1 < n && text.charAt(i + 1) == 'l';
                    case ' ', NBSP, NNBSP -> spacedDigits |= i > 0 && i + 1 < n && isDigit(text.charAt(i - 1))
                            && isDigit(text.charAt(i + 1));
                    case ':' -> {
                        colon = true;
                        if (text.startsWith("//", i + 1) || i > 0 && (text.charAt(i - 1) | 0x20) == 'o') protectable = true;
                    }
                    case '.' -> {
                        if (i + 1 < n && isAsciiLetterOrDigit(text.charAt(i + 1))
                                || i > 0 && (text.charAt(i - 1) | 0x20) == 'w') protectable = true;
                    }
                    case 'd', 'D', 'p', 'P', 'i', 'I', 'n', 'N' ->
                            protectable = protectable || identifierWordAt(text, i);
                    default -> { }
                }
            }
            return new Triggers(apostrophe, perVolume, number && ml, spacedDigits, digitRun, numberThenSpace,
                    numberThenPercent, mark, colon, quote, protectable);
        }

        boolean any() {
            return apostrophe || perVolume || millilitre || spacedDigits || digitRun >= 4 || numberThenSpace
                    || numberThenPercent || mark || colon || quote;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isAsciiLetterOrDigit(char c) {
            return c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }

        /**
         * doi, pmid, pmcid, isbn, issn or nct at {@code i} (where d, p, i or n is) as a whole word ({@code doit} is
         * none), in any ASCII case: PROTECTED wants a word boundary on both sides and ignores ASCII case.
         */
        private static boolean identifierWordAt(String text, int i) {
            if (i > 0 && isWordChar(text.charAt(i - 1))) return false;
            int length = switch (text.charAt(i) | 0x20) {
                case 'd' -> startsWithAscii(text, i, "doi") ? 3 : 0;
                case 'p' -> startsWithAscii(text, i, "pmid") ? 4 : startsWithAscii(text, i, "pmcid") ? 5 : 0;
                case 'i' -> startsWithAscii(text, i, "isbn") || startsWithAscii(text, i, "issn") ? 4 : 0;
                default -> startsWithAscii(text, i, "nct") ? 3 : 0;
            };
            return length > 0 && (i + length == text.length() || !isWordChar(text.charAt(i + length)));
        }

        /** {@code word} (lower-case ASCII letters) at {@code i}, in any ASCII case (the case PROTECTED ignores). */
        private static boolean startsWithAscii(String text, int i, String word) {
            if (i + word.length() > text.length()) return false;
            for (int k = 0; k < word.length(); k++) {
                if ((text.charAt(i + k) | 0x20) != word.charAt(k)) return false;
            }
            return true;
        }
    }

    /** {@code 1234567} → {@code 1 234 567} with U+202F. */
    static String group(String digits) {
        StringBuilder out = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) out.append(NNBSP).append(digits, i, i + 3);
        return out.toString();
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) return text;
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
