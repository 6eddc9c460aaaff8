package org.vademecum.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vademecum.diag.Diagnostics;
import org.vademecum.html.RenderedPage;
import org.vademecum.load.ContentLoader;
import org.vademecum.model.GlossaryEntry;
import org.vademecum.model.SiteContent;
import org.vademecum.testing.Fixtures;

/**
 * Writes a synthetic project of N French Markdown pages for the search benchmark: the real glossary (so the
 * synonym table is realistic), the real vocabulary drawn with a Zipf law, plus invented rare words so that the
 * vocabulary grows with the site as real text does. Same seed, same site.
 */
public final class SyntheticSite {
    private static final String[] SYLLABLES = {"os", "té", "o", "po", "ro", "se", "den", "si", "mé", "tri", "que",
            "fé", "mur", "ver", "té", "bral", "cal", "ci", "um", "vi", "ta", "mi", "ne", "pa", "ra", "thy", "roï",
            "de", "zo", "lé", "dro", "nate", "ri", "pa", "ti", "ra", "tide", "co", "lla", "gè", "ne", "hor", "mo",
            "nal", "ré", "sor", "beur", "ana", "bo", "li", "que", "fra", "ctu", "re", "chu", "te"};

    private SyntheticSite() {}

    /** A section of a synthetic page: an h2 and its paragraphs. */
    record Section(String heading, List<String> paragraphs) {}

    /** A synthetic page: {@code path} is its folder ({@code section-2/page-17}, {@code ""} for the home page). */
    record Page(String path, String title, String summary, String intro, List<Section> sections) {
        String url() {
            return path.isEmpty() ? "/" : "/" + path + "/";
        }
    }

    /** The home page, one section page per 100 pages, and {@code pages} pages, drawn from {@code seed}. */
    static List<Page> pages(List<String> vocabulary, int pages, long seed) {
        Random random = new Random(seed);
        List<Page> out = new ArrayList<>();
        out.add(new Page("", "Accueil", "", paragraph(vocabulary, random, 60), List.of()));
        int sections = sectionCount(pages);
        int page = 0;
        for (int s = 0; s < sections; s++) {
            out.add(new Page("section-" + (s + 1), "Section " + (s + 1) + " " + words(vocabulary, random, 2), "",
                    paragraph(vocabulary, random, 40), List.of()));
            int inSection = pages / sections + (s < pages % sections ? 1 : 0);
            for (int p = 0; p < inSection; p++, page++) {
                String title = capitalise(words(vocabulary, random, 3 + random.nextInt(4)));
                String summary = capitalise(words(vocabulary, random, 10)) + ".";
                String intro = paragraph(vocabulary, random, 50);
                List<Section> parts = new ArrayList<>();
                int headings = 4 + random.nextInt(3);
                for (int h = 0; h < headings; h++) {
                    String heading = capitalise(words(vocabulary, random, 2 + random.nextInt(4)));
                    List<String> paragraphs = new ArrayList<>();
                    int count = 1 + random.nextInt(3);
                    for (int k = 0; k < count; k++) paragraphs.add(paragraph(vocabulary, random, 30 + random.nextInt(50)));
                    parts.add(new Section(heading, paragraphs));
                }
                out.add(new Page("section-" + (s + 1) + "/page-" + (page + 1), title, summary, intro, parts));
            }
        }
        return out;
    }

    static int sectionCount(int pages) {
        return Math.max(1, pages / 100);
    }

    /** Writes {@code pages} pages into {@code target}/content, using {@code real}'s glossary, and links its templates. */
    public static void write(Path real, Path target, int pages, long seed) throws IOException {
        SiteContent content = new ContentLoader(real, new Diagnostics()).load();
        List<String> vocabulary = vocabulary(real, content, seed);
        Path c = target.resolve("content");
        Files.createDirectories(c.resolve("pages"));
        if (!Files.exists(target.resolve("templates"))) {
            Files.createSymbolicLink(target.resolve("templates"), real.resolve("templates").toAbsolutePath());
        }
        int sections = sectionCount(pages);
        StringBuilder site = new StringBuilder("title: \"Site synthétique\"\nlanguage: fr\ndescription: \"Banc d'essai de la recherche.\"\n"
                + "base_url: \"https://example.org/\"\ncontent_version: \"1.0.0\"\nreview_date: 2026-11-29\nnavigation:\n");
        for (int s = 0; s < sections; s++) {
            site.append("  - title: Section ").append(s + 1).append("\n    link: /section-").append(s + 1).append("/\n");
        }
        write(c.resolve("site.yaml"), site.toString());
        StringBuilder glossary = new StringBuilder("entries:\n");
        for (GlossaryEntry e : content.glossary()) {
            glossary.append("  - id: ").append(e.id()).append("\n    term: ").append(quote(e.term())).append('\n');
            if (e.expansion() != null) glossary.append("    expansion: ").append(quote(e.expansion())).append('\n');
            if (!e.synonyms().isEmpty()) {
                glossary.append("    synonyms: [");
                glossary.append(String.join(", ", e.synonyms().stream().map(SyntheticSite::quote).toList()));
                glossary.append("]\n");
            }
        }
        write(c.resolve("glossary.yaml"), glossary.toString());
        for (Page page : pages(vocabulary, pages, seed)) {
            StringBuilder md = new StringBuilder("---\ntitle: " + page.title() + "\n");
            if (!page.summary().isEmpty()) md.append("summary: ").append(page.summary()).append('\n');
            md.append("---\n\n").append(page.intro()).append("\n\n");
            for (Section section : page.sections()) {
                md.append("## ").append(section.heading()).append("\n\n");
                for (String paragraph : section.paragraphs()) md.append(paragraph).append("\n\n");
            }
            Path file = page.path().isEmpty() ? c.resolve("pages/index.md")
                    : page.path().contains("/") ? c.resolve("pages/" + page.path() + ".md")
                    : c.resolve("pages/" + page.path() + "/_index.md");
            Files.createDirectories(file.getParent());
            write(file, page.sections().isEmpty() ? md.toString().stripTrailing() + "\n" : md.toString());
        }
    }

    /**
     * The search documents of the same synthetic site without building it: its pages as the theme renders them
     * ({@code <main>} with the title, the introduction and a {@code h2} with an id per section) and its glossary,
     * collected by the real {@link SearchDocuments}. The search index of a large site in seconds, for tests.
     */
    static List<SearchDocument> documents(Path real, int pages, long seed) throws IOException {
        SiteContent content = new ContentLoader(real, new Diagnostics()).load();
        List<String> vocabulary = vocabulary(real, content, seed);
        List<RenderedPage> rendered = new ArrayList<>();
        for (Page page : pages(vocabulary, pages, seed)) {
            Document doc = Document.createShell("");
            Element main = doc.body().appendElement("main");
            main.appendElement("h1").text(page.title());
            main.appendElement("p").text(page.intro());
            Set<String> ids = new java.util.HashSet<>();
            for (Section section : page.sections()) {
                String id = String.join("-", FrenchNormalizer.words(section.heading()));
                for (int n = 2; !ids.add(id); n++) id = String.join("-", FrenchNormalizer.words(section.heading())) + "-" + n;
                main.appendElement("h2").attr("id", id).text(section.heading());
                for (String paragraph : section.paragraphs()) main.appendElement("p").text(paragraph);
            }
            rendered.add(new RenderedPage(page.url(), page.sections().isEmpty() ? "section" : "page", page.title(), doc));
        }
        SiteContent synthetic = new SiteContent(content.config(), List.of(), List.of(), List.of(), List.of(),
                content.glossary(), List.of(), List.of(), null, null);
        return new SearchDocuments(Fixtures.frenchStrings()).collect(synthetic,
                rendered.stream().map(SearchDocuments.IndexedPage::of).toList());
    }

    /** The real guide's glossary, which the synthetic site uses as its own. */
    static List<GlossaryEntry> glossary(Path real) {
        return new ContentLoader(real, new Diagnostics()).load().glossary();
    }

    /** Words ranked by frequency in the real content, followed by invented rare words. */
    static List<String> vocabulary(Path real, SiteContent content, long seed) throws IOException {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        try (Stream<Path> files = Files.walk(real.resolve("content"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(f).replaceAll("[\\[\\]()*_#>`|:;,.!?«»\"{}=/@]", " ");
                for (String w : text.split("\\s+")) {
                    if (w.length() > 1 && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '\'' || ch == '’' || ch == '-')) {
                        counts.merge(w.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                    }
                }
            }
        }
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
        Random random = new Random(seed ^ 0x5eed);
        Set<String> invented = new LinkedHashSet<>();
        while (invented.size() < 20_000) {
            StringBuilder w = new StringBuilder();
            int n = 2 + random.nextInt(4);
            for (int i = 0; i < n; i++) w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            if (!counts.containsKey(w.toString())) invented.add(w.toString());
        }
        // interleave: the real words keep the head of the distribution, invented words fill the long tail
        List<String> out = new ArrayList<>(ranked);
        out.addAll(invented);
        return out;
    }

    /** A word drawn with a Zipf law (exponent about 1) over the ranked vocabulary. */
    static String word(List<String> vocabulary, Random random) {
        double u = random.nextDouble();
        int rank = (int) Math.floor(Math.pow(vocabulary.size() + 1, u)) - 1;
        return vocabulary.get(Math.min(vocabulary.size() - 1, Math.max(0, rank)));
    }

    static String words(List<String> vocabulary, Random random, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(word(vocabulary, random));
        return String.join(" ", out);
    }

    static String paragraph(List<String> vocabulary, Random random, int n) {
        StringBuilder out = new StringBuilder();
        int sentence = 0;
        for (int i = 0; i < n; i++) {
            String w = word(vocabulary, random);
            out.append(sentence == 0 ? capitalise(w) : w);
            sentence++;
            if (sentence > 8 && random.nextInt(6) == 0 || i == n - 1) {
                out.append(". ");
                sentence = 0;
            } else {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
