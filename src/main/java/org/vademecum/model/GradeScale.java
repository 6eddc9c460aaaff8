package org.vademecum.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The grades a site's recommendations are graded with, in the order the site lists them. A project writes its
 * own in {@code content/grades.yaml}; without one, the HAS scale applies, worded by the theme's strings
 * ({@code grade.<id>.label}, {@code grade.<id>.meaning}, {@code grade.scale}) so that it follows the language.
 * {@code title} names the scale above its list.
 */
public record GradeScale(String title, List<Grade> grades) {

    /** The HAS scale's ids and colour roles; its words are the theme's. */
    private static final List<Grade> HAS = List.of(
            new Grade("A", "", "", Grade.Role.STRONG),
            new Grade("B", "", "", Grade.Role.MODERATE),
            new Grade("C", "", "", Grade.Role.WEAK),
            new Grade("accord-professionnel", "", "", Grade.Role.EXPERT));

    public GradeScale {
        grades = List.copyOf(grades);
    }

    /** The ids of the default (HAS) scale, which recommendations are checked against when there is no grades.yaml. */
    public static List<String> defaultIds() {
        return HAS.stream().map(Grade::id).toList();
    }

    /** The default (HAS) scale in the words of {@code strings} (the theme's interface strings by key). */
    public static GradeScale defaultScale(Function<String, String> strings) {
        return new GradeScale(strings.apply("grade.scale"), HAS.stream()
                .map(g -> new Grade(g.id(), strings.apply("grade." + g.id() + ".label"),
                        strings.apply("grade." + g.id() + ".meaning"), g.role()))
                .toList());
    }

    public List<String> ids() {
        return grades.stream().map(Grade::id).toList();
    }

    public Optional<Grade> find(String id) {
        return grades.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    /** The grade of a loaded recommendation: the loader checked every id against the scale. */
    public Grade require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("grade '" + id + "' is not in the scale " + ids()));
    }
}
