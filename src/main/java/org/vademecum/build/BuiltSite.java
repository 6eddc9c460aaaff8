package org.vademecum.build;

import java.util.List;
import org.vademecum.output.OutputFile;

/** The result of a successful build: every file of the site, sorted by path, and how many are HTML pages. */
public record BuiltSite(List<OutputFile> files, int pageCount) {
    public BuiltSite {
        files = List.copyOf(files);
    }
}
