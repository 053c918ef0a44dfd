package eu.cybersudoe.companies.imports;

import java.util.EnumMap;
import java.util.Map;

/** How many rows of a part of a file ended in each outcome, how many lines were blank, how many companies came with an unknown activity code and how many rows were imported with warnings. */
final class ChunkCounts {

    private final Map<RowOutcome, Long> counts = new EnumMap<>(RowOutcome.class);
    private long blank;
    private long unknownActivity;
    private long warned;

    void add(RowOutcome outcome) {
        counts.merge(outcome, 1L, Long::sum);
    }

    /** A company created with an activity code the classification does not know, kept as given. */
    void unknownActivity() {
        unknownActivity++;
    }

    /** A row imported without some of its values, each recorded as a warning. */
    void warnedRow() {
        warned++;
    }

    long warnedRows() {
        return warned;
    }

    long unknownActivities() {
        return unknownActivity;
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
