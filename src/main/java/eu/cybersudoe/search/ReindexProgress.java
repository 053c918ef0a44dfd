package eu.cybersudoe.search;

import java.time.Duration;
import java.time.Instant;

/**
 * Where a full rebuild of the index stands.
 *
 * @param running   true while it runs
 * @param documents the documents written so far
 * @param startedAt when it started, or null when none ran since start-up
 * @param took      how long the finished one took, or null
 * @param indexed   the documents the index holds now
 */
public record ReindexProgress(boolean running, long documents, Instant startedAt, Duration took, long indexed) {
}
