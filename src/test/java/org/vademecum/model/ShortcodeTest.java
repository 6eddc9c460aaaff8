package org.vademecum.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class ShortcodeTest {
    /** Where each pattern matches with a plain find(), as the shortcut search must see it. */
    private static List<String> plainFind(String text) {
        List<String> out = new ArrayList<>();
        for (var pattern : List.of(Shortcode.LINK, Shortcode.CITATION)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) out.add(m.start() + ":" + m.group());
        }
        return out.stream().sorted(java.util.Comparator.comparingInt(s -> Integer.parseInt(s.split(":")[0]))).toList();
    }

    @Test
    void findsWhatAPlainSearchFinds() {
        String text = "[[[rec:a]] [[rec:b]][[terme:c]] [[x:y]] [[rec:]] [[@d]] [@e; @f] [[@g] [@h]] [@ i] "
                + "[[arbre:t]\n[[sequence:s]] [@j;@k][@l]";
        List<String> found = Shortcode.findAll(text, null).stream()
                .map(s -> s.start() + ":" + text.substring(s.start(), s.end())).toList();
        List<String> expected = plainFind(text).stream()
                .filter(s -> !s.contains("[[x:")).toList();
        assertEquals(expected, found);
        List<Shortcode.Unknown> unknowns = new ArrayList<>();
        Shortcode.findAll(text, unknowns);
        assertEquals(List.of("x"), unknowns.stream().map(Shortcode.Unknown::keyword).toList());
    }

    /** English words for the French keywords: the same shortcut, in any guide. */
    @Test
    void englishAliasesAreTheSameShortcuts() {
        String text = "[[term:a]] [[terme:a]] [[tree:t]] [[arbre:t]] [[factors:f]] [[facteurs:f]]";
        assertEquals(List.of(Shortcode.Kind.TERM, Shortcode.Kind.TERM, Shortcode.Kind.TREE, Shortcode.Kind.TREE,
                Shortcode.Kind.RISK_FACTORS, Shortcode.Kind.RISK_FACTORS),
                Shortcode.findAll(text, null).stream().map(Shortcode::kind).toList());
        assertEquals(List.of("rec", "terme", "term", "arbre", "tree", "facteurs", "factors", "sequence"), Shortcode.Kind.keywords());
    }
}
