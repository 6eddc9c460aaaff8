package org.vademecum.load;

import java.util.Optional;
import org.vademecum.diag.Diagnostics;
import org.vademecum.model.tree.DecisionTree;

/** Reads one {@code content/trees/<id>.yaml}. Minimal until the decision-tree stage lands. */
public final class TreeLoader {
    private final Diagnostics diagnostics;

    public TreeLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public Optional<DecisionTree> load(SourceFile source) {
        String name = source.name();
        String id = name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.yaml$", "");
        return YamlParser.parse(source.text(), name, 0, diagnostics)
                .flatMap(node -> MappingReader.of(node, "tree", diagnostics))
                .map(r -> new DecisionTree(id, r.string("title"), r.position()));
    }
}
