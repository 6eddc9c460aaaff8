package org.vademecum.pipeline;

import java.nio.file.Path;

/** What a build reads and how: the project folder, and whether pages get the dev server's reload script. */
public record BuildOptions(Path project, boolean liveReload) {
    public static BuildOptions of(Path project) {
        return new BuildOptions(project, false);
    }
}
