package eu.cybersudoe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The processor time of this JVM's threads from /proc on Linux, split into the JIT compiler's
 * threads, the garbage collector's and the others (the platform's own work): a pass whose Java
 * time grows may be compiling or collecting rather than importing.
 */
final class JvmThreads {

    private JvmThreads() {
    }

    /**
     * Processor seconds of the JIT compiler's threads, the garbage collector's, and the other
     * threads alive (a thread that ended, such as an import's reading thread, is in none of them).
     */
    record Spent(double compiler, double collector, double other) {

        Spent minus(Spent before) {
            return new Spent(compiler - before.compiler, collector - before.collector, other - before.other);
        }
    }

    /** What the threads alive now have spent (a thread that ended is no longer counted); zeros elsewhere than Linux. */
    static Spent spent() {
        double compiler = 0;
        double collector = 0;
        double other = 0;
        try (Stream<Path> threads = Files.list(Path.of("/proc/self/task"))) {
            for (Path thread : threads.toList()) {
                Optional<String> name = name(thread.resolve("comm"));
                Optional<Long> ticks = ticks(thread.resolve("stat"));
                if (name.isEmpty() || ticks.isEmpty()) {
                    continue;
                }
                double seconds = ticks.get() / 100.0;
                String n = name.get();
                if (n.startsWith("C1 Compiler") || n.startsWith("C2 Compiler")) {
                    compiler += seconds;
                } else if (n.startsWith("GC Thread") || n.startsWith("G1 ")) {
                    collector += seconds;
                } else {
                    other += seconds;
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            return new Spent(0, 0, 0);
        }
        return new Spent(compiler, collector, other);
    }

    /** User and system clock ticks of a process or thread, from its stat file. */
    static Optional<Long> ticks(Path stat) {
        try {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return Optional.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (IOException | RuntimeException ended) {
            return Optional.empty();
        }
    }

    private static Optional<String> name(Path comm) {
        try {
            return Optional.of(Files.readString(comm).strip());
        } catch (IOException ended) {
            return Optional.empty();
        }
    }
}
