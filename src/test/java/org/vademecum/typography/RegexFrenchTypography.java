package org.vademecum.typography;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The French rules as they were first written: one pattern each, every pattern run on every text. Slow, but plain
 * to read: {@link FrenchTypography} must give exactly the same output (it skips rules and scans by hand).
 */
final class RegexFrenchTypography implements Typography {
    static final RegexFrenchTypography INSTANCE = new RegexFrenchTypography();
    private static final char NNBSP = '\u202f';
    private static final char NBSP = '\u00a0';
    private static final String SP = "[ \\t\\n\\r\\u00a0\\u202f\\u2009]";
    private static final String HSP = "[ \\u00a0\\u202f]";
    private static final String UNITS = "(?:mg|kg|µg|μg|ng|pg|g|mL|dL|L|UI|mmol|µmol|μmol|nmol|ans|an|mois|semaines|semaine"
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
    private static final char PLACEHOLDER = '\ue000';

    private RegexFrenchTypography() {}

    @Override
    public String apply(String text, char before, char after) {
        if (text == null || text.isEmpty()) return text;
        String head = before == 0 ? "" : String.valueOf(before);
        String tail = after == 0 ? "" : String.valueOf(after);
        String out = rules(head + text + tail);
        if (!out.startsWith(head)) return apply(text, (char) 0, after);
        if (!out.endsWith(tail)) return apply(text, before, (char) 0);
        return out.substring(head.length(), out.length() - tail.length());
    }

    static String rules(String text) {
        List<String> kept = new ArrayList<>();
        String s = replace(PROTECTED, text, m -> {
            kept.add(m.group());
            return String.valueOf((char) (PLACEHOLDER + kept.size() - 1));
        });
        s = APOSTROPHE.matcher(s).replaceAll("’");
        s = replace(PER_VOLUME, s, m -> m.group(1) + "/" + (m.group(2) != null ? "mL" : m.group(3) != null ? "dL" : "L"));
        s = MILLILITRE.matcher(s).replaceAll(NBSP + "mL");
        s = replace(GROUPED, s, m -> GROUP_SPACE.matcher(m.group()).replaceAll(String.valueOf(NNBSP)));
        s = replace(LONG_NUMBER, s, m -> FrenchTypography.group(m.group()));
        s = FOUR_DIGIT_QUANTITY.matcher(s).replaceAll("$1" + NNBSP + "$2");
        s = NUMBER_UNIT.matcher(s).replaceAll(String.valueOf(NBSP));
        s = PERCENT.matcher(s).replaceAll(String.valueOf(NBSP));
        s = SPACE_BEFORE_MARK.matcher(s).replaceAll(NNBSP + "$1");
        s = WORD_BEFORE_MARK.matcher(s).replaceAll(NNBSP + "$1");
        s = SPACE_BEFORE_COLON.matcher(s).replaceAll(NBSP + ":");
        s = WORD_BEFORE_COLON.matcher(s).replaceAll(NBSP + ":");
        s = OPEN_QUOTE.matcher(s).replaceAll("«" + NNBSP);
        s = CLOSE_QUOTE.matcher(s).replaceAll(NNBSP + "»");
        StringBuilder restored = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int i = c - PLACEHOLDER;
            if (i >= 0 && i < kept.size()) restored.append(kept.get(i));
            else restored.append(c);
        }
        return restored.toString();
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        m.appendTail(out);
        return out.toString();
    }
}
