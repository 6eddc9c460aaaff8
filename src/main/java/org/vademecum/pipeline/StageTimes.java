package org.vademecum.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Wall time of each pipeline stage, for {@code build --verbose} and the benchmark, and on Linux the CPU time the
 * process spent meanwhile (all threads, the compiler's and the collector's included, to 10 ms): a stage whose CPU
 * time is close to its wall time used one core of several. Read from {@code /proc/self/stat}, which costs nothing
 * at start-up, unlike the JVM's management beans.
 */
final class StageTimes {
    private static final Path STAT = Path.of("/proc/self/stat");
    private final List<String> lines = new ArrayList<>();
    private long last = System.nanoTime();
    private long lastCpu = cpuMillis();

    void mark(String stage) {
        long now = System.nanoTime();
        long cpu = cpuMillis();
        String cpuPart = cpu < 0 || lastCpu < 0 ? "" : String.format(java.util.Locale.ROOT, "   CPU %6d ms", cpu - lastCpu);
        lines.add(String.format(java.util.Locale.ROOT, "%-24s %6.1f ms", stage, (now - last) / 1e6) + cpuPart);
        last = now;
        lastCpu = cpu;
    }

    List<String> report() {
        return List.copyOf(lines);
    }

    /** User and system CPU time of this process in ms (fields 14 and 15 of /proc/self/stat, in 1/100 s), or -1. */
    private static long cpuMillis() {
        try {
            String stat = Files.readString(STAT);
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }
}
