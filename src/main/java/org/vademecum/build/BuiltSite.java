package org.vademecum.build;

import java.util.List;
import org.vademecum.output.OutputFile;

/**
 * The result of a successful build: every file of the site, sorted by path, how many are HTML pages, and the
 * time each stage took.
 */
public record BuiltSite(List<OutputFile> files, int pageCount, List<String> stageTimes) {
    public BuiltSite {
        files = List.copyOf(files);
        stageTimes = List.copyOf(stageTimes);
    }
}
