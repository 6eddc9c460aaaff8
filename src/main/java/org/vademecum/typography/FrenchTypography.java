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

    private static final String SP = "[ \\t\\n\\r\\u00a0\\u202f\\u2009]";
    private static final String HSP = "[ \\u00a0\\u202f]";
    /** Units after a number; longest spelling first where one is a prefix of another. */
    static final String UNITS = "(?:mg|kg|µg|μg|ng|pg|g|mL|dL|L|UI|mmol|µmol|μmol|nmol|ans|an|mois|semaines|semaine"
            + "|jours|jour|j|heures|h|min|cm|mm|DS|%|‰)";
    private static final String UNIT_END = "(?![\\p{L}\\p{N}])";

    private static final Pattern PROTECTED = Pattern.compile(
            "(?i)(?:https?://|ftp://|mailto:|www\\.)[^\\s<>\"«»]*[^\\s<>\"«».,;:!?)\\]]"
            + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
            + "|\\b(?:doi|pmid|pmcid|isbn|issn|nct)\\b[\\s:]*[^\\s,;]*[^\\s,;.)\\]]"
            + "|\\b10\\.\\d{4,9}/[^\\s<>\"]*[^\\s<>\".,;)\\]]"
            + "|\\b(?:[\\w-]+\\.)+(?:org|com|net|fr|eu|int|gov|edu|io)\\b(?:/[^\\s<>\"]*[^\\s<>\".,;)\\]])?");
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");
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
    private static final Pattern NUMBER_UNIT = Pattern.compile("(?<=\\p{N})[ \\u202f]+(?=" + UNITS + UNIT_END + ")");
    private static final Pattern PERCENT = Pattern.compile("(?<=\\p{N})(?=[%‰])");
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile(SP + "+([;!?])");
    private static final Pattern WORD_BEFORE_MARK = Pattern.compile(
            "(?<=[\\p{L}\\p{N})\\]»’%])([;!?])(?=$|[\\s\\u00a0\\u202f)\\]»,.;:!?’\"])");
    private static final Pattern SPACE_BEFORE_COLON = Pattern.compile(SP + "+:");
    private static final Pattern WORD_BEFORE_COLON = Pattern.compile(
            "(?<=[\\p{L}\\p{N})\\]»’%]):(?=$|[\\s\\u00a0\\u202f])");
    private static final Pattern OPEN_QUOTE = Pattern.compile("«" + SP + "*");
    private static final Pattern CLOSE_QUOTE = Pattern.compile(SP + "*»");
    private static final Pattern GROUP_SPACE = Pattern.compile(HSP);
    /** Private-use characters stand for protected tokens while the rules run. */
    private static final char PLACEHOLDER = '\ue000';

    private FrenchTypography() {}

    @Override
    public String apply(String text, char before, char after) {
        if (text == null || text.isEmpty()) return text;
        String head = before == 0 ? "" : String.valueOf(before);
        String tail = after == 0 ? "" : String.valueOf(after);
        String out = rules(head + text + tail);
        // Context characters are never changed by the rules except a space a rule replaces: then retry without it.
        if (!out.startsWith(head)) return apply(text, (char) 0, after);
        if (!out.endsWith(tail)) return apply(text, before, (char) 0);
        return out.substring(head.length(), out.length() - tail.length());
    }

    static String rules(String text) {
        return rules(text, Triggers.of(text));
    }

    /** The rules with the given shortcuts; {@link Triggers#ALL} runs every pattern (tests compare the two). */
    static String rules(String text, Triggers has) {
        // Most text nodes hold none of the characters a rule starts from: they stay as they are.
        if (!has.any()) return text;
        List<String> kept = new ArrayList<>();
        String s = has.protectable() ? replace(PROTECTED, text, m -> {
            kept.add(m.group());
            return String.valueOf((char) (PLACEHOLDER + kept.size() - 1));
        }) : text;
        // Each rule runs only when the text holds a character it needs; the rules add none of these characters.
        if (has.apostrophe()) s = APOSTROPHE.matcher(s).replaceAll("’");
        if (has.slash()) s = replace(PER_VOLUME, s, m -> m.group(1) + "/" + (m.group(2) != null ? "mL" : m.group(3) != null ? "dL" : "L"));
        // The number rules only add U+202F between digits and U+00A0, so the tests below (made on the text as it
        // came) stay necessary conditions after the rules before them.
        if (has.millilitre()) s = MILLILITRE.matcher(s).replaceAll(NBSP + "mL");
        if (has.spacedDigits()) s = replace(GROUPED, s, m -> GROUP_SPACE.matcher(m.group()).replaceAll(String.valueOf(NNBSP)));
        if (has.digitRun() >= 5) s = replace(LONG_NUMBER, s, m -> group(m.group()));
        if (has.digitRun() >= 4) s = FOUR_DIGIT_QUANTITY.matcher(s).replaceAll("$1" + NNBSP + "$2");
        if (has.numberThenSpace()) s = NUMBER_UNIT.matcher(s).replaceAll(String.valueOf(NBSP));
        if (has.numberThenPercent()) s = PERCENT.matcher(s).replaceAll(String.valueOf(NBSP));
        if (has.mark()) {
            s = SPACE_BEFORE_MARK.matcher(s).replaceAll(NNBSP + "$1");
            s = WORD_BEFORE_MARK.matcher(s).replaceAll(NNBSP + "$1");
        }
        if (has.colon()) {
            s = SPACE_BEFORE_COLON.matcher(s).replaceAll(NBSP + ":");
            s = WORD_BEFORE_COLON.matcher(s).replaceAll(NBSP + ":");
        }
        if (has.quote()) {
            s = OPEN_QUOTE.matcher(s).replaceAll("«" + NNBSP);
            s = CLOSE_QUOTE.matcher(s).replaceAll(NNBSP + "»");
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

    /**
     * Which characters a text holds that a rule needs to match: a quick scan that lets {@link #rules} skip the
     * patterns that cannot match (a necessary condition only; the patterns decide). For the number rules:
     * {@code millilitre} a number and {@code ml}; {@code spacedDigits} a digit, a space, a digit
     * ({@code 1 000}); {@code digitRun} the longest run of digits; {@code numberThenSpace} a number before a
     * space or U+202F; {@code numberThenPercent} a number before % or ‰ (a number is {@code \p{N}}, a digit
     * {@code [0-9]}, as the patterns have them). {@code protectable}: the text may hold something
     * {@link #PROTECTED} matches: {@code @}, {@code ://}, {@code mailto:}, {@code www.}, a dot before a letter or
     * digit (a domain, a DOI), or an identifier word.
     */
    record Triggers(boolean apostrophe, boolean slash, boolean millilitre, boolean spacedDigits, int digitRun,
                    boolean numberThenSpace, boolean numberThenPercent, boolean mark, boolean colon, boolean quote,
                    boolean protectable) {
        static final Triggers ALL = new Triggers(true, true, true, true, Integer.MAX_VALUE, true, true, true, true, true, true);

        static Triggers of(String text) {
            boolean apostrophe = false, slash = false, mark = false, colon = false, quote = false, protectable = false;
            boolean number = false, ml = false, spacedDigits = false, numberThenSpace = false, numberThenPercent = false;
            int digitRun = 0;
            int run = 0;
            boolean previousNumber = false;
            boolean previousWord = false;
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                boolean afterWord = previousWord;
                previousWord = isWordChar(c);
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
                    case '/' -> slash = true;
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
                    case 'd', 'D', 'p', 'P', 'i', 'I', 'n', 'N' -> {
                        if (!protectable && !afterWord && startsIdentifierWord(text, i)) protectable = true;
                    }
                    default -> { }
                }
            }
            return new Triggers(apostrophe, slash, number && ml, spacedDigits, digitRun, numberThenSpace,
                    numberThenPercent, mark, colon, quote, protectable);
        }

        boolean any() {
            return apostrophe || slash || millilitre || spacedDigits || digitRun >= 4 || numberThenSpace
                    || numberThenPercent || mark || colon || quote;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isAsciiLetterOrDigit(char c) {
            return c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }

        private static boolean isNumber(char c) {
            int type = Character.getType(c);
            return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
        }

        /**
         * doi, pmid, pmcid, isbn, issn or nct at {@code i} (which follows no word character), in any ASCII case,
         * not followed by a word character ({@code doit}): PROTECTED wants a word boundary on both sides.
         */
        private static boolean startsIdentifierWord(String text, int i) {
            int length = switch (text.charAt(i) | 0x20) {
                case 'd' -> text.regionMatches(true, i, "doi", 0, 3) ? 3 : 0;
                case 'p' -> text.regionMatches(true, i, "pmid", 0, 4) ? 4 : text.regionMatches(true, i, "pmcid", 0, 5) ? 5 : 0;
                case 'i' -> text.regionMatches(true, i, "isbn", 0, 4) || text.regionMatches(true, i, "issn", 0, 4) ? 4 : 0;
                case 'n' -> text.regionMatches(true, i, "nct", 0, 3) ? 3 : 0;
                default -> 0;
            };
            return length > 0 && (i + length == text.length() || !isWordChar(text.charAt(i + length)));
        }

        /** A character that is part of a word for {@code \b} (a mark or surrogate is not ruled out). */
        private static boolean isWordChar(char c) {
            return c == '_' || Character.isLetterOrDigit(c);
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
