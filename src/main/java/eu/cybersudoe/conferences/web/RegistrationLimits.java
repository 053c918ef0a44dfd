package eu.cybersudoe.conferences.web;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often the public registration form of one conference may be used, kept in memory on each
 * node over a sliding hour: a few times per e-mail address (registering, cancelling, registering
 * again), and many more per network address, so that an office registering its colleagues from one
 * connection is not stopped while a script filling the list is. Only registrations that were
 * accepted count: a form sent back with errors does not. A refusal says how long to wait.
 */
@Component
class RegistrationLimits {

    /** Registrations per conference, e-mail address and hour. */
    static final int PER_EMAIL = 3;
    /** Registrations per conference, network address and hour. */
    static final int PER_NETWORK_ADDRESS = 40;
    static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Deque<Instant>> uses = new ConcurrentHashMap<>();
    private final Clock clock;

    RegistrationLimits(Clock clock) {
        this.clock = clock;
    }

    /** How long the e-mail address must wait before registering to the conference again; empty when it need not. */
    Optional<Duration> waitForEmail(long conferenceId, String email) {
        return wait(emailKey(conferenceId, email), PER_EMAIL);
    }

    /** How long the network address must wait before registering anyone to the conference; empty when it need not. */
    Optional<Duration> waitForNetworkAddress(long conferenceId, String networkAddress) {
        return wait(networkKey(conferenceId, networkAddress), PER_NETWORK_ADDRESS);
    }

    /** Counts an accepted registration. */
    void count(long conferenceId, String email, String networkAddress) {
        if (uses.size() > MAX_TRACKED) {
            uses.clear();
        }
        Instant now = clock.instant();
        for (String key : new String[] {emailKey(conferenceId, email), networkKey(conferenceId, networkAddress)}) {
            Deque<Instant> times = uses.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
            }
        }
    }

    private Optional<Duration> wait(String key, int max) {
        Deque<Instant> times = uses.get(key);
        if (times == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() < max) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
        }
    }

    private static String emailKey(long conferenceId, String email) {
        return conferenceId + "|e|" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String networkKey(long conferenceId, String networkAddress) {
        return conferenceId + "|n|" + networkAddress;
    }

    /** Whole minutes to wait, rounded up, at least one. */
    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
