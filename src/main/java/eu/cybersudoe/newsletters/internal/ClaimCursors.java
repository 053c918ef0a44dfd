package eu.cybersudoe.newsletters.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where this node's next claim of an issue starts: after the highest record it claimed. An
 * issue's open records are taken in id order, so without it every claim would walk, in the index
 * of open records, past the entries of every record claimed so far (dead until vacuum reaches
 * them), and claims would slow down as the issue goes on. A hint only: a claim from the start
 * is made when the claim after the cursor finds nothing, and at least every
 * {@link #FROM_THE_START} while an issue is sent, so that records behind the cursor (deferred,
 * given back on a pause, skipped while another node held them) are still found.
 */
final class ClaimCursors {

    static final Duration FROM_THE_START = Duration.ofSeconds(30);

    private final Map<Long, Cursor> cursors = new ConcurrentHashMap<>();

    private static final class Cursor {
        volatile long highestClaimed;
        volatile Instant fromTheStartAt = Instant.MIN;
    }

    /** The id after which the next claim of the issue looks; 0 for a claim from the start. */
    long after(long issueId, Instant now) {
        Cursor cursor = cursors.computeIfAbsent(issueId, id -> new Cursor());
        if (cursor.fromTheStartAt.plus(FROM_THE_START).isAfter(now)) {
            return cursor.highestClaimed;
        }
        cursor.fromTheStartAt = now;
        return 0;
    }

    /** Takes in a claim of the issue that ended at {@code lastId}. */
    void claimed(long issueId, long lastId) {
        Cursor cursor = cursors.computeIfAbsent(issueId, id -> new Cursor());
        synchronized (cursor) {
            cursor.highestClaimed = Math.max(cursor.highestClaimed, lastId);
        }
    }

    /** Forgets an issue that is no longer sent. */
    void forget(long issueId) {
        cursors.remove(issueId);
    }
}
