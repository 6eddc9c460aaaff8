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
import org.vademecum.model.GradeScale;
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
    /** The optional grade scale of the project (without it, the HAS scale of the theme applies). */
    public static final String GRADES_FILE = "grades.yaml";
    /** A grade id becomes a CSS class and an anchor: ASCII letters and digits, words joined by '-'. */
    private static final java.util.regex.Pattern GRADE_ID = java.util.regex.Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

    /** The grade ids a recommendation may use, and whether they are the author's ({@code grades.yaml}). */
    private record GradeCheck(List<String> ids, boolean authors) {}

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
            return new SiteContent(SiteConfigReader.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
        }
        ContentFiles files = ContentFiles.scan(project, diagnostics);
        SiteConfig config = readMapping(content.resolve("site.yaml"), true, MappingKind.SITE,
                r -> new SiteConfigReader(diagnostics).read(r))
                .orElseGet(SiteConfigReader::empty);
        Path gradesFile = content.resolve(GRADES_FILE);
        GradeScale authorGrades = readMapping(gradesFile, false, MappingKind.GRADES_FILE, this::gradeScale).orElse(null);
        // A grades.yaml that could not be read has had its errors; its recommendations are not checked against it.
        Optional<GradeCheck> gradeCheck = authorGrades != null ? Optional.of(new GradeCheck(authorGrades.ids().stream().distinct().toList(), true))
                : Files.exists(gradesFile, LinkOption.NOFOLLOW_LINKS) ? Optional.empty()
                : Optional.of(new GradeCheck(GradeScale.defaultIds(), false));
        List<Recommendation> recommendations = readCollection(MappingKind.RECOMMENDATIONS_FILE,
                MappingKind.RECOMMENDATION, r -> recommendation(r, gradeCheck));
        List<RiskFactorGroup> groups = readCollection(MappingKind.RISK_FACTORS_FILE, MappingKind.RISK_FACTOR_GROUP,
                this::riskFactorGroup);
        List<TherapeuticSequence> sequences = readCollection(MappingKind.SEQUENCES_FILE, MappingKind.SEQUENCE,
                this::sequence);
        List<GlossaryEntry> glossary = readCollection(MappingKind.GLOSSARY_FILE, MappingKind.GLOSSARY_ENTRY,
                this::glossaryEntry);
        List<Reference> references = readCollection(MappingKind.BIBLIOGRAPHY_FILE, MappingKind.REFERENCE,
                this::reference);
        List<Page> pages = new PageLoader(project, diagnostics).loadAll(content.resolve("pages"), files.pages());
        List<DecisionTree> trees = new ArrayList<>();
        TreeLoader treeLoader = new TreeLoader(diagnostics);
        for (Path file : files.trees()) {
            SourceFile.read(project, file, diagnostics).ifPresent(source -> treeLoader.load(source).ifPresent(trees::add));
        }
        Kit kit = new KitLoader(project, diagnostics).load().orElse(null);
        return new SiteContent(config, pages, recommendations, groups, sequences, glossary, references, trees, kit,
                authorGrades);
    }

    /**
     * Reads one page file of {@code content/pages} again, as {@link #load()} reads it (same record, same errors):
     * {@code serve} re-reads only the pages an edit touched. Empty when it cannot be read (errors reported).
     */
    public Optional<Page> loadPage(Path file) {
        List<Page> page = new PageLoader(project, diagnostics).loadAll(project.resolve("content").resolve("pages"), List.of(file));
        return page.stream().findFirst();
    }

    private <T> Optional<T> readMapping(Path file, boolean required, MappingKind kind, Function<MappingReader, T> reader) {
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
            diagnostics.error(SourcePosition.file(source.get().name()), kind.what() + " is empty",
                    "it needs at least title, language, base_url, content_version and review_date (see docs/authoring.md)");
        }
        return node.flatMap(n -> MappingReader.of(n, kind, diagnostics))
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

    /** A collection file: one mapping whose only key holds the list of items. */
    private <T> List<T> readCollection(MappingKind file, MappingKind item, Function<MappingReader, T> reader) {
        return readMapping(project.resolve("content").resolve(file.what()), false, file,
                r -> r.mappings(file.keys().get(0), item, reader)).orElse(List.of());
    }

    private Recommendation recommendation(MappingReader r, Optional<GradeCheck> grades) {
        String id = r.id("id");
        String grade = r.string("grade");
        grades.filter(g -> !grade.isEmpty() && !g.ids().contains(grade)).ifPresent(g -> diagnostics.error(
                r.positionOf("grade"), "invalid grade '" + grade + "' in recommendation '" + id + "'",
                org.vademecum.diag.Suggestions.closest(grade, g.ids()).map(c -> "did you mean '" + c + "'? ").orElse("")
                        + "the grades are " + String.join(", ", g.ids())
                        + (g.authors() ? " (content/grades.yaml)" : " (the default scale; content/grades.yaml sets your own)")));
        return new Recommendation(id, r.optInt("number").orElse(null), r.string("title"), r.string("statement"),
                r.optString("population").orElse(null), grade,
                r.optString("rationale").orElse(null), r.refs("sources"), r.optString("source_note").orElse(null),
                r.refs("related"), r.optUrl("page", UrlField.PATH_OR_WEB).orElse(null), r.position());
    }

    /** {@code content/grades.yaml}: an optional title and the list of grades, each checked here. */
    private GradeScale gradeScale(MappingReader r) {
        String title = r.optString("title").orElse(null);
        List<MappingReader.Located<Grade>> grades = r.mappings("grades", MappingKind.GRADE,
                g -> new MappingReader.Located<>(grade(g), g.position()));
        if (r.node("grades").isEmpty()) r.missing("grades");
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (MappingReader.Located<Grade> g : grades) {
            if (!g.value().id().isEmpty() && !ids.add(g.value().id())) {
                diagnostics.error(g.position(), "duplicate grade id '" + g.value().id() + "'", "give each grade its own id");
            }
        }
        if (grades.isEmpty() && r.node("grades").isPresent()) {
            diagnostics.error(r.positionOf("grades"), "grades.yaml lists no grade",
                    "add at least one grade (id, label, meaning, role), or delete the file to keep the default scale");
        }
        return new GradeScale(title, grades.stream().map(MappingReader.Located::value).toList());
    }

    private Grade grade(MappingReader r) {
        String id = r.string("id");
        if (id.length() > Limits.ID_LENGTH || (!id.isEmpty() && !GRADE_ID.matcher(id).matches())) {
            diagnostics.error(r.positionOf("id"), "invalid grade id '" + id + "'",
                    "a grade id becomes a CSS class and an address: ASCII letters and digits joined by '-', at most "
                            + Limits.ID_LENGTH + " characters, e.g. 'strong' or 'good-practice'");
        }
        String roleText = r.string("role");
        Grade.Role role = Grade.Role.fromKey(roleText).orElse(null);
        if (role == null && !roleText.isEmpty()) {
            diagnostics.error(r.positionOf("role"), "invalid role '" + roleText + "' in grade '" + id + "'",
                    org.vademecum.diag.Suggestions.hint(roleText, Grade.Role.keys()));
        }
        return new Grade(id, r.string("label"), r.string("meaning"), role == null ? Grade.Role.NEUTRAL : role);
    }

    private RiskFactorGroup riskFactorGroup(MappingReader r) {
        return new RiskFactorGroup(r.id("id"), r.string("title"), r.optString("summary").orElse(null),
                r.refs("sources"),
                r.mappings("factors", MappingKind.RISK_FACTOR, f -> new RiskFactorGroup.RiskFactor(
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
