package org.vademecum.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Wall time of each pipeline stage, for {@code build --verbose} and the benchmark. */
final class StageTimes {
    private final List<String> lines = new ArrayList<>();
    private long last = System.nanoTime();

    void mark(String stage) {
        long now = System.nanoTime();
        lines.add(String.format(java.util.Locale.ROOT, "%-18s %6.1f ms", stage, (now - last) / 1e6));
        last = now;
    }

    List<String> report() {
        return List.copyOf(lines);
    }
}
