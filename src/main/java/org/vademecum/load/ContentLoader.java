package org.vademecum.load;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
            return new SiteContent(SiteConfigReader.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
        }
        ContentFiles files = ContentFiles.scan(project, diagnostics);
        SiteConfig config = readMapping(content.resolve("site.yaml"), true, "site.yaml",
                r -> new SiteConfigReader(diagnostics).read(r))
                .orElseGet(SiteConfigReader::empty);
        List<Recommendation> recommendations = readCollection("recommendations.yaml", "recommendations",
                "recommendation", this::recommendation);
        List<RiskFactorGroup> groups = readCollection("risk-factors.yaml", "groups", "risk-factor group",
                this::riskFactorGroup);
        List<TherapeuticSequence> sequences = readCollection("sequences.yaml", "sequences", "sequence", this::sequence);
        List<GlossaryEntry> glossary = readCollection("glossary.yaml", "entries", "glossary entry", this::glossaryEntry);
        List<Reference> references = readCollection("bibliography.yaml", "references", "reference", this::reference);
        List<Page> pages = new PageLoader(project, diagnostics).loadAll(content.resolve("pages"), files.pages());
        List<DecisionTree> trees = new ArrayList<>();
        TreeLoader treeLoader = new TreeLoader(diagnostics);
        for (Path file : files.trees()) {
            SourceFile.read(project, file, diagnostics).ifPresent(source -> treeLoader.load(source).ifPresent(trees::add));
        }
        Kit kit = new KitLoader(project, diagnostics).load().orElse(null);
        return new SiteContent(config, pages, recommendations, groups, sequences, glossary, references, trees, kit);
    }

    private <T> Optional<T> readMapping(Path file, boolean required, String what, Function<MappingReader, T> reader) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (required) {
                diagnostics.error(SourcePosition.file(SourceFile.relativeName(project, file)), "missing file",
                        "create " + SourceFile.relativeName(project, file) + " (see docs/authoring.md)");
            }
            return Optional.empty();
        }
        Optional<SourceFile> source = SourceFile.read(project, file, diagnostics);
        if (source.isEmpty()) return Optional.empty();
        Optional<YamlNode> node = YamlParser.parse(source.get().text(), source.get().name(), 0, diagnostics);
        if (node.isEmpty() && required && isBlank(source.get().text())) {
            diagnostics.error(SourcePosition.file(source.get().name()), what + " is empty",
                    "it needs at least title, language, base_url, content_version and review_date (see docs/authoring.md)");
        }
        return node.flatMap(n -> MappingReader.of(n, what, diagnostics))
                .map(r -> {
                    T value = reader.apply(r);
                    r.finish();
                    return value;
                });
    }

    /** Nothing but blank lines, comments and document markers: YAML reads it as no document at all. */
    private static boolean isBlank(String text) {
        return text.lines().map(String::strip).allMatch(l -> l.isEmpty() || l.startsWith("#") || l.equals("---"));
    }

    private <T> List<T> readCollection(String fileName, String key, String itemWhat, Function<MappingReader, T> reader) {
        return readMapping(project.resolve("content").resolve(fileName), false, fileName,
                r -> r.mappings(key, itemWhat, reader)).orElse(List.of());
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
                r.refs("related"), r.optUrl("page", UrlField.PATH_OR_WEB).orElse(null), r.position());
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
                r.optUrl("url", UrlField.WEB).orElse(null), r.optString("note").orElse(null), r.position());
        if (ref.doi() != null && !ref.doi().matches("10\\.\\d{4,9}/\\S+")) {
            diagnostics.error(r.positionOf("doi"), "'" + ref.doi() + "' is not a DOI",
                    "write the bare DOI, e.g. 10.1016/j.jbspin.2018.02.009 (no https://doi.org/ prefix)");
        }
        if (ref.pmid() != null && !ref.pmid().matches("\\d{1,9}")) {
            diagnostics.error(r.positionOf("pmid"), "'" + ref.pmid() + "' is not a PubMed id", "a PMID is digits only");
        }
        return ref;
    }
}
