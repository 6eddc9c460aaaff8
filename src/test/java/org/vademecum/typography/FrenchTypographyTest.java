package org.vademecum.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Each French rule and each exception, on strings taken from content/. In the expected texts {@code _} stands for
 * U+202F (narrow no-break space) and {@code ~} for U+00A0 (no-break space), so that the cases stay readable.
 */
class FrenchTypographyTest {
    private static final Typography FR = Typography.forLanguage("fr");

    private static String fr(String text) {
        return FR.apply(text);
    }

    private static String show(String s) {
        return s.replace('\u202f', '_').replace('\u00a0', '~');
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // ; ! ? take U+202F, replacing a space (or a no-break space) or added after a word
            "Imagerie du rachis ?|Imagerie du rachis_?",
            "Faut-il traiter?|Faut-il traiter_?",
            "il aide à la décision ; il ne remplace pas|il aide à la décision_; il ne remplace pas",
            "Attention !|Attention_!",
            "Vraiment ?!|Vraiment_?!",
            "la taille à l'âge de 20 ans (en cm) ?|la taille à l’âge de 20~ans (en cm)_?",
            // : takes U+00A0
            "Référence clinique : mécanismes|Référence clinique~: mécanismes",
            "Anti-résorbeur: bisphosphonates|Anti-résorbeur~: bisphosphonates",
            // guillemets
            "Diaporama « Ostéoporose post-ménopausique »|Diaporama «_Ostéoporose post-ménopausique_»",
            "le seuil de «diminution significative»|le seuil de «_diminution significative_»",
            // apostrophes
            "l'ostéoporose d'un patient, aujourd'hui|l’ostéoporose d’un patient, aujourd’hui",
            // number and unit
            "Une corticothérapie de plus de 3 mois consécutifs (7,5 mg/j)|Une corticothérapie de plus de 3~mois consécutifs (7,5~mg/j)",
            "perte de plus de 0,03 g/cm² de DMO|perte de plus de 0,03~g/cm² de DMO",
            "réduit de 25 % le nombre|réduit de 25~% le nombre",
            "réduit de 25% le nombre|réduit de 25~% le nombre",
            "moins de 65 ans, ni recommandation|moins de 65~ans, ni recommandation",
            "évalué 2 à 3 ans après|évalué 2 à 3~ans après",
            "évalué 2-3 ans après|évalué 2-3~ans après",
            "25 OHD ≥ 30 ng/mL (75 nmol/L)|25 OHD ≥ 30~ng/mL (75~nmol/L)",
            "800 UI par jour|800~UI par jour",
            // unit spellings
            "carence profonde < 10 ng/ml en vitamine D|carence profonde < 10~ng/mL en vitamine D",
            "5 mmol/l|5~mmol/L",
            "boire 250 ml|boire 250~mL",
            // digit groups
            "Apports calciques : 1 000 à 1 200 mg par jour|Apports calciques~: 1_000 à 1_200~mg par jour",
            "Apports calciques : 1000 à 1200 mg/j (PNNS)|Apports calciques~: 1_000 à 1_200~mg/j (PNNS)",
            "une dose de 1000 UI|une dose de 1_000~UI",
            "50000 UI par mois|50_000~UI par mois",
            "environ 377000 fractures|environ 377_000 fractures",
    })
    void appliesTheRule(String text, String expected) {
        assertEquals(expected, show(fr(text)));
    }

    /** Strings with meaning in every character: they come out exactly as they went in. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "T ≤ −3",
            "−3 < T ≤ −2",
            "≥ 2 fractures vertébrales",
            "T-score -2,5",
            "cible T > −2,5 sous traitement",
            "Revue du Rhumatisme 2018;85:428-440.",
            "J Bone Miner Res 2013;28:1259-63",
            "doi:10.1016/j.jbspin.2018.02.009",
            "https://doi.org/10.1016/j.jbspin.2018.02.009",
            "PMID 29654947",
            "Ostéoporose post-ménopausique, version 1.0.0, revue en 2026",
            "GRIO/SFR 2018 et 2013",
            "avant 9h",
            "le 20 octobre",
            "autoquestionnaire sur www.grio.org.",
            "https://vademecum.example.org/recherche/?q=dmo",
            "écrire à contact@grio.org",
            "0,123456",
            "NCT01234567",
            "3.14159",
            "1999-2013",
            "10:30",
    })
    void leavesMeaningfulCharactersAlone(String text) {
        assertEquals(text, fr(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Imagerie du rachis ? « Douleurs » : 1000 à 1200 mg/j ; 10 ng/ml, l'âge !",
            "Apports calciques : 1 000 à 1 200 mg par jour (PNNS).",
            "50000 UI ; 25% ; 12345678 ; «x»",
    })
    void applyingTwiceIsApplyingOnce(String text) {
        String once = fr(text);
        assertEquals(once, fr(once));
    }

    @Test
    void contextOnEitherSideIsSeenButNotReturned() {
        // "l'" before <abbr>DMO</abbr>, "?" after </em>, "«" at the end of a node
        assertEquals("l’", FR.apply("l'", 'x', 'D'));
        assertEquals("\u202f?", FR.apply("?", 's', (char) 0));
        assertEquals("mot\u202f", FR.apply("mot ", 'x', '?'));
        assertEquals("«\u202f", FR.apply("« ", 'e', 'm'));
        assertEquals("\u202fmot", FR.apply("mot", '«', (char) 0));
        assertEquals("", FR.apply("", 'a', 'b'));
    }

    /**
     * The shortcuts that skip rules (a text without the characters a rule needs) never change the result: random
     * texts made of the pieces the rules and the protection look for give the same output as running every rule.
     */
    @Test
    void skippingRulesThatCannotMatchChangesNothing() {
        String[] pieces = {"l'", "âge", "mot", " ", "\u00a0", "\u202f", "\t", "1", "20", "1000", "12345", "3,5", "2.5",
                "mg", "ml", "/l", "/dl", "UI", "ans", "%", "‰", "²", "½", "٣", ";", "!", "?", ":", "«", "»", ".", ",",
                "@", "grio", ".org", "www", "https", "://", "mailto", "doi", "PMID", "Nct", "isbn", "10.", "/", "-", "à",
                "(", ")", "’", "x", "W", "O", "t", "_", "é", "fon", "ction", "\u0301", "\ud835\udfcf"};
        java.util.Random random = new java.util.Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) text.append(pieces[random.nextInt(pieces.length)]);
            String t = text.toString();
            assertEquals(show(FrenchTypography.rules(t, FrenchTypography.Triggers.ALL)), show(FrenchTypography.rules(t)), t);
        }
    }

    /**
     * The hand-written scans and the shortcuts give exactly what the patterns they stand for give: random texts made
     * of the pieces the rules look for, with context characters around, against {@link RegexFrenchTypography}.
     */
    @Test
    void sameAsThePatterns() {
        String[] pieces = {"l'", "'", "âge", "mot", " ", "  ", "\u00a0", "\u202f", "\u2009", "\t", "\n", "\r\n", "\r",
                "\f", "\u000b", "\u0085", "\u2028", "\u2029", "1", "20", "1000", "12345", "3,5", "2.5", "mg", "ml", "mL",
                "/l", "/dl", "/ml", "µg", "μmol", "UI", "ans", "an", "semaines", "j", "h", "DS", "%", "‰", "²", "½", "٣",
                ";", "!", "?", ":", "«", "»", ".", ",", "@", "grio", ".org", "www", "https", "://", "mailto", "doi",
                "PMID", "Nct", "isbn", "10.", "/", "-", "–", "à", "ou", "(", ")", "[", "]", "’", "\"", "x", "W", "O", "t",
                "_", "#", "é", "fon", "ction", "\u0301", "\ud835\udfcf", "\ud835\udc00", "\ud835", "\udc00"};
        char[] context = {0, 0, 'a', '1', ' ', '\'', ':', '?', '«', '»', '%', '\u202f', '\u00a0', 'l', 'm', '/', '\n'};
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 40_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) text.append(pieces[random.nextInt(pieces.length)]);
            String t = text.toString();
            assertEquals(show(RegexFrenchTypography.rules(t)), show(FrenchTypography.rules(t)), t);
            char before = context[random.nextInt(context.length)], after = context[random.nextInt(context.length)];
            assertEquals(show(RegexFrenchTypography.INSTANCE.apply(t, before, after)), show(FR.apply(t, before, after)),
                    before + "|" + t + "|" + after);
        }
    }

    /** Cases where a scan must follow a pattern's finer points; the patterns give the same (checked here too). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the thin space before the second ; becomes U+202F first: then the first ; is followed by a space
            "a;\u2009;|a_;_;",
            // lookbehinds see one char: a letter outside the BMP before ' is not seen; after it, it is
            "\ud835\udc00'a|\ud835\udc00'a",
            "a'\ud835\udc00|a’\ud835\udc00",
            // a space already right is kept; several become one; « » share the one the opening one put
            "mot\u202f;|mot_;",
            "mot \u00a0 ;|mot_;",
            "«\u202fmot \t»|«_mot_»",
            "«»|«_»",
            // % after a number and a space: the space becomes U+00A0 (the unit rule), no second one is added
            "25\u202f%|25~%",
            "25 \u202f ‰|25~‰",
            // the unit must end there (mmol after mm fails, then mmol is tried)
            "5 mmol|5~mmol",
            "5 mms|5 mms",
    })
    void followsThePatternsFinerPoints(String text, String expected) {
        assertEquals(expected, show(RegexFrenchTypography.rules(text)), "the patterns");
        assertEquals(expected, show(fr(text)));
    }

    /** The patterns' {@code $} after ; ! ? : matches before a line terminator that ends the text, not inside it. */
    @Test
    void endOfTextIsTheEndOrAFinalLineTerminator() {
        String[][] cases = {
                {"mot;\u2028", "mot_;\u2028"}, {"mot:\u0085", "mot~:\u0085"}, {"mot?\r\n", "mot_?\r\n"},
                {"mot;\u2028x", "mot;\u2028x"}, {"mot:\u2029\u2029", "mot:\u2029\u2029"},
        };
        for (String[] c : cases) {
            assertEquals(c[1], show(RegexFrenchTypography.rules(c[0])), "the patterns");
            assertEquals(c[1], show(fr(c[0])));
        }
    }

    @Test
    void otherLanguagesAreLeftAlone() {
        assertSame(Typography.NONE, Typography.forLanguage("en"));
        assertSame(Typography.NONE, Typography.forLanguage(null));
        assertEquals("Why ? Because : 1000 mg", Typography.forLanguage("en").apply("Why ? Because : 1000 mg"));
        assertSame(FrenchTypography.INSTANCE, Typography.forLanguage("fr-CA"));
    }
}
