package eu.cybersudoe.newsletters.internal;

import java.util.concurrent.locks.LockSupport;

/**
 * The node's sending rate, shared by its workers: each message takes the next slot, one every
 * {@code 1/rate} second, and waits for it. Slots not used while idle are not saved up beyond
 * a tenth of a second, so a pause is not followed by a burst.
 */
final class RateLimit {

    private final long intervalNanos;
    private long next = System.nanoTime();

    RateLimit(int perSecond) {
        this.intervalNanos = 1_000_000_000L / perSecond;
    }

    void acquire() {
        long slot;
        synchronized (this) {
            long now = System.nanoTime();
            next = Math.max(next, now - 100_000_000L);
            slot = next;
            next += intervalNanos;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
