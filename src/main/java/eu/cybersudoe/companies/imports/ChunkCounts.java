package eu.cybersudoe.companies.imports;

import java.util.EnumMap;
import java.util.Map;

/** How many rows of a part of a file ended in each outcome, and how many lines were blank. */
final class ChunkCounts {

    private final Map<RowOutcome, Long> counts = new EnumMap<>(RowOutcome.class);
    private long blank;

    void add(RowOutcome outcome) {
        counts.merge(outcome, 1L, Long::sum);
    }

    void blankLine() {
        blank++;
    }

    long of(RowOutcome outcome) {
        return counts.getOrDefault(outcome, 0L);
    }

    long blank() {
        return blank;
    }
}
