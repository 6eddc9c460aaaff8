package org.vademecum.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.vademecum.diag.Diagnostics;
import org.vademecum.diag.SourcePosition;
import org.vademecum.model.GlossaryEntry;
import org.vademecum.model.Kit;
import org.vademecum.model.Grade;
import org.vademecum.model.Page;
import org.vademecum.model.Recommendation;
import org.vademecum.model.Reference;
import org.vademecum.model.RiskFactorGroup;
import org.vademecum.model.SiteConfig;
import org.vademecum.model.SiteContent;
import org.vademecum.model.TherapeuticSequence;
import org.vademecum.model.tree.DecisionTree;

/**
 * Loads {@code content/} into a {@link SiteContent}. Every author mistake (syntax, unknown key, wrong type,
 * missing field, bad grade) is reported to the collector with its file position; loading goes on so that one
 * build reports everything. Cross-file rules (duplicate ids, dangling references) belong to the validator.
 */
public final class ContentLoader {
    private final Path project;
    private final Diagnostics diagnostics;

    public ContentLoader(Path project, Diagnostics diagnostics) {
        this.project = project;
        this.diagnostics = diagnostics;
    }

    public SiteContent load() {
        Path content = project.resolve("content");
        if (!Files.isDirectory(content)) {
            diagnostics.error(SourcePosition.file("content"), "no content/ folder in " + project.toAbsolutePath(),
                    "run the command from the project folder, or pass --project DIR");
            return new SiteContent(emptyConfig(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
        }
        SiteConfig config = readMapping(content.resolve("site.yaml"), true, "site.yaml", this::siteConfig)
                .orElseGet(ContentLoader::emptyConfig);
        List<Recommendation> recommendations = readCollection("recommendations.yaml", "recommendations",
                "recommendation", this::recommendation);
        List<RiskFactorGroup> groups = readCollection("risk-factors.yaml", "groups", "risk-factor group",
                this::riskFactorGroup);
        List<TherapeuticSequence> sequences = readCollection("sequences.yaml", "sequences", "sequence", this::sequence);
        List<GlossaryEntry> glossary = readCollection("glossary.yaml", "entries", "glossary entry", this::glossaryEntry);
        List<Reference> references = readCollection("bibliography.yaml", "references", "reference", this::reference);
        List<Page> pages = new PageLoader(project, diagnostics).loadAll(content.resolve("pages"));
        List<DecisionTree> trees = new ArrayList<>();
        TreeLoader treeLoader = new TreeLoader(diagnostics);
        for (Path file : files(content.resolve("trees"), ".yaml")) {
            SourceFile.read(project, file, diagnostics).ifPresent(source -> treeLoader.load(source).ifPresent(trees::add));
        }
        Kit kit = new KitLoader(project, diagnostics).load().orElse(null);
        return new SiteContent(config, pages, recommendations, groups, sequences, glossary, references, trees, kit);
    }

    /** Files with the given extension under {@code dir}, recursively, in a stable order. */
    static List<Path> files(Path dir, String extension) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(extension))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> Optional<T> readMapping(Path file, boolean required, String what, Function<MappingReader, T> reader) {
        if (!Files.exists(file)) {
            if (required) {
                diagnostics.error(SourcePosition.file(SourceFile.relativeName(project, file)), "missing file",
                        "create " + SourceFile.relativeName(project, file) + " (see docs/authoring.md)");
            }
            return Optional.empty();
        }
        return SourceFile.read(project, file, diagnostics)
                .flatMap(source -> YamlParser.parse(source.text(), source.name(), 0, diagnostics))
                .flatMap(node -> MappingReader.of(node, what, diagnostics))
                .map(r -> {
                    T value = reader.apply(r);
                    r.finish();
                    return value;
                });
    }

    private <T> List<T> readCollection(String fileName, String key, String itemWhat, Function<MappingReader, T> reader) {
        return readMapping(project.resolve("content").resolve(fileName), false, fileName,
                r -> r.mappings(key, itemWhat, reader)).orElse(List.of());
    }

    private SiteConfig siteConfig(MappingReader r) {
        List<SiteConfig.NavItem> nav = r.mappings("navigation", "navigation item",
                n -> new SiteConfig.NavItem(n.string("title"), n.string("link"), n.positionOf("link")));
        String language = r.string("language");
        String baseUrl = r.string("base_url");
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) baseUrl = baseUrl + "/";
        String reviewDate = r.string("review_date");
        if (!reviewDate.isEmpty() && !reviewDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
            diagnostics.error(r.positionOf("review_date"), "review_date must be a date written YYYY-MM-DD, not '"
                    + reviewDate + "'", "e.g. review_date: 2026-11-29");
        }
        return new SiteConfig(r.string("title"), language, r.optString("description").orElse(""), baseUrl,
                r.string("content_version"), reviewDate, r.optString("disclaimer").orElse(""),
                r.optString("source_document").orElse(""), nav);
    }

    private Recommendation recommendation(MappingReader r) {
        String id = r.id("id");
        String gradeText = r.string("grade");
        Grade grade = Grade.fromKey(gradeText).orElse(null);
        if (grade == null && !gradeText.isEmpty()) {
            diagnostics.error(r.positionOf("grade"), "invalid grade '" + gradeText + "' in recommendation '" + id + "'",
                    org.vademecum.diag.Suggestions.hint(gradeText, Grade.keys()));
        }
        return new Recommendation(id, r.optInt("number").orElse(null), r.string("title"), r.string("statement"),
                r.optString("population").orElse(null), grade == null ? Grade.ACCORD_PROFESSIONNEL : grade,
                r.optString("rationale").orElse(null), r.refs("sources"), r.optString("source_note").orElse(null),
                r.refs("related"), r.optString("page").orElse(null), r.position());
    }

    private RiskFactorGroup riskFactorGroup(MappingReader r) {
        return new RiskFactorGroup(r.id("id"), r.string("title"), r.optString("summary").orElse(null),
                r.refs("sources"),
                r.mappings("factors", "risk factor", f -> new RiskFactorGroup.RiskFactor(
                        f.string("label"), f.optString("detail").orElse(null), f.refs("sources"))),
                r.position());
    }

    private TherapeuticSequence sequence(MappingReader r) {
        return new TherapeuticSequence(r.id("id"), r.string("title"), r.strings("steps"),
                r.optRef("recommendation").orElse(null), r.optString("note").orElse(null), r.refs("sources"),
                r.position());
    }

    private GlossaryEntry glossaryEntry(MappingReader r) {
        return new GlossaryEntry(r.id("id"), r.string("term"), r.optString("expansion").orElse(null),
                r.optString("definition").orElse(null), r.strings("synonyms"), r.position());
    }

    private Reference reference(MappingReader r) {
        Reference ref = new Reference(r.id("id"), r.string("authors"), r.optString("title").orElse(null),
                r.optString("journal").orElse(null), r.optInt("year").orElse(null), r.optString("volume").orElse(null),
                r.optString("pages").orElse(null), r.optString("doi").orElse(null), r.optString("pmid").orElse(null),
                r.optString("url").orElse(null), r.optString("note").orElse(null), r.position());
        if (ref.doi() != null && !ref.doi().matches("10\\.\\d{4,9}/\\S+")) {
            diagnostics.error(r.positionOf("doi"), "'" + ref.doi() + "' is not a DOI",
                    "write the bare DOI, e.g. 10.1016/j.jbspin.2018.02.009 (no https://doi.org/ prefix)");
        }
        if (ref.pmid() != null && !ref.pmid().matches("\\d{1,9}")) {
            diagnostics.error(r.positionOf("pmid"), "'" + ref.pmid() + "' is not a PubMed id", "a PMID is digits only");
        }
        if (ref.url() != null && !ref.url().matches("https?://\\S+")) {
            diagnostics.error(r.positionOf("url"), "'" + ref.url() + "' is not a web address",
                    "write a full address starting with https://");
        }
        return ref;
    }

    private static SiteConfig emptyConfig() {
        return new SiteConfig("", "fr", "", "/", "", "", "", "", List.of());
    }
}
