package eu.cybersudoe.shared.web;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits how often one address may use a public form (registration, password reset,
 * diagnostics…): a sliding window per form and address, kept in memory on each node.
 */
@Component
public class RateLimiter {

    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Deque<Instant>> hits = new ConcurrentHashMap<>();
    private final Clock clock;

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Records a use and says whether it is within {@code max} uses per {@code window}. */
    public boolean tryAcquire(String form, String address, int max, Duration window) {
        if (hits.size() > MAX_TRACKED) {
            hits.clear();
        }
        Instant now = clock.instant();
        Deque<Instant> times = hits.computeIfAbsent(form + "|" + address, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
