package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.newsletters.internal.IssueState;
import eu.cybersudoe.newsletters.internal.RelayHealth;
import eu.cybersudoe.newsletters.internal.SendState;

import java.util.Map;

/**
 * How far an issue's delivery has gone, for the live block.
 *
 * @param issueId the issue
 * @param state   its state
 * @param counts  its send records by state
 * @param rate    results per second over the last ten seconds
 * @param outage  the relay's outage seen by a delivering node, or null
 */
public record Progress(long issueId, IssueState state, Map<SendState, Long> counts, long rate, RelayHealth.Outage outage) {

    public long count(SendState sendState) {
        return counts.getOrDefault(sendState, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Pending, claimed and deferred: not finished yet. */
    public long pending() {
        return count(SendState.PENDING) + count(SendState.CLAIMED) + count(SendState.SENDING);
    }

    /** Percentage of the records that have a final result. */
    public int percentDone() {
        long total = total();
        return total == 0 ? 100 : (int) ((total - pending() - count(SendState.DEFERRED)) * 100 / total);
    }

    /** Whether the page should keep asking for news. */
    public boolean live() {
        return state == IssueState.SENDING || state == IssueState.PAUSED;
    }
}
