package org.vademecum.load;

/**
 * Every size limit on content, in one place (documented in docs/authoring.md, "Limits"). They are far above what
 * a real guide needs and low enough that a mistake (a pasted log, a link to /dev/zero, a runaway list) fails at
 * once with a positioned message instead of exhausting memory, the stack or the author's patience.
 */
public final class Limits {
    private Limits() {}

    /** Largest YAML file (checked before reading it). */
    public static final long YAML_FILE_BYTES = 1024L * 1024;
    /** Largest Markdown page (checked before reading it); rendering and indexing cost about 8 s of CPU per MB. */
    public static final long PAGE_FILE_BYTES = 512L * 1024;
    /** Longest id, node id or variable name. */
    public static final int ID_LENGTH = 100;
    /** Most items in one list field ({@code sources}, {@code related}, {@code steps}…) or one citation. */
    public static final int LIST_ITEMS = 200;
    /** Deepest nesting of YAML mappings and lists. */
    public static final int YAML_DEPTH = 20;
    /** Most values (scalars, lists and mappings) in one YAML file. */
    public static final int YAML_NODES = 100_000;
    /** Most questions plus outcomes in one decision tree. */
    public static final int TREE_NODES = 500;
    /** Most folder levels under content/. */
    public static final int FOLDER_DEPTH = 10;
    /** Most control-character errors reported per file (the rest are the same mistake). */
    static final int CONTROL_CHARACTER_REPORTS = 5;
}
