package eu.cybersudoe.accounts.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Failed sign-ins, stored so that every node of a cluster sees them, and the waits they impose.
 * Nobody is locked out: the waits fall on the source of the failures, never on the account.
 * <ul>
 *   <li>an account and the network address trying it: {@value #FREE_PAIR_FAILURES} failures are free,
 *   then each further try waits {@link #FIRST_DELAY}, doubled at each failure up to {@link #LONGEST_DELAY},
 *   counted from the last failure; failures older than {@link #PAIR_MEMORY} are forgotten, and a
 *   success from the pair forgets them all. The owner on another address is not slowed down;</li>
 *   <li>a network address: after {@value #PER_ADDRESS} failures within {@link #ADDRESS_WINDOW}, whatever
 *   the accounts tried, it waits until the oldest of them ages out. Failures against an address no
 *   account has count here only.</li>
 * </ul>
 */
@Component
class FailedSignIns {

    static final int FREE_PAIR_FAILURES = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(15);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(30);
    static final Duration PAIR_MEMORY = Duration.ofHours(24);
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    static final int PER_ADDRESS = 20;

    private final JdbcClient jdbc;
    private final Clock clock;

    FailedSignIns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A source being slowed down now.
     *
     * @param email    the account's address, or null when the whole network address waits
     * @param address  the network address
     * @param failures the failures counted
     * @param until    when it may try again
     */
    record Throttle(String email, String address, int failures, Instant until) {
    }

    /** How long a try of the account from the address must still wait. */
    Optional<Duration> waitBefore(String email, String address) {
        Instant now = clock.instant();
        return latest(Optional.ofNullable(pairThrottle(email, address, now)), Optional.ofNullable(addressThrottle(address, now)))
                .map(throttle -> Duration.between(now, throttle.until()));
    }

    /** Counts a failure; {@code knownEmail} is null when no account has the address typed. */
    void failed(String knownEmail, String address) {
        Instant now = clock.instant();
        jdbc.sql("insert into login_failure (email, address, failed_at) values (?, ?, ?)")
                .params(knownEmail, address, Timestamp.from(now)).update();
        jdbc.sql("delete from login_failure where failed_at < ?").param(Timestamp.from(now.minus(PAIR_MEMORY))).update();
    }

    /** The right password from this address: its earlier failures for the account no longer count. */
    void succeeded(String email, String address) {
        jdbc.sql("delete from login_failure where email = ? and address = ?").params(email, address).update();
    }

    /** The sources slowed down now, the longest wait first. */
    List<Throttle> current() {
        Instant now = clock.instant();
        List<Throttle> all = new ArrayList<>();
        jdbc.sql("select email, address from login_failure where email is not null and failed_at > ? "
                        + "group by email, address having count(*) > ?")
                .params(Timestamp.from(now.minus(PAIR_MEMORY)), FREE_PAIR_FAILURES)
                .query((row, n) -> pairThrottle(row.getString(1), row.getString(2), now)).list()
                .stream().filter(java.util.Objects::nonNull).forEach(all::add);
        jdbc.sql("select address from login_failure where failed_at > ? group by address having count(*) >= ?")
                .params(Timestamp.from(now.minus(ADDRESS_WINDOW)), PER_ADDRESS)
                .query((row, n) -> addressThrottle(row.getString(1), now)).list()
                .stream().filter(java.util.Objects::nonNull).forEach(all::add);
        all.sort(Comparator.comparing(Throttle::until).reversed());
        return all;
    }

    /** Forgets the failures of the account from the address, or of the whole address when email is null. */
    int lift(String email, String address) {
        return email == null
                ? jdbc.sql("delete from login_failure where address = ?").param(address).update()
                : jdbc.sql("delete from login_failure where email = ? and address = ?").params(email, address).update();
    }

    /** The wait that {@code failures} failures of a pair impose after the last one, zero while they are free. */
    static Duration pairDelay(int failures) {
        if (failures <= FREE_PAIR_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_PAIR_FAILURES - 1, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    private Throttle pairThrottle(String email, String address, Instant now) {
        if (email == null || email.isBlank()) {
            return null;
        }
        var failures = jdbc.sql("select failed_at from login_failure where email = ? and address = ? and failed_at > ? order by failed_at desc")
                .params(email, address, Timestamp.from(now.minus(PAIR_MEMORY))).query(Timestamp.class).list();
        if (failures.size() <= FREE_PAIR_FAILURES) {
            return null;
        }
        Instant until = failures.getFirst().toInstant().plus(pairDelay(failures.size()));
        return until.isAfter(now) ? new Throttle(email, address, failures.size(), until) : null;
    }

    private Throttle addressThrottle(String address, Instant now) {
        var failures = jdbc.sql("select failed_at from login_failure where address = ? and failed_at > ? order by failed_at desc")
                .params(address, Timestamp.from(now.minus(ADDRESS_WINDOW))).query(Timestamp.class).list();
        if (failures.size() < PER_ADDRESS) {
            return null;
        }
        Instant until = failures.get(PER_ADDRESS - 1).toInstant().plus(ADDRESS_WINDOW);
        return until.isAfter(now) ? new Throttle(null, address, failures.size(), until) : null;
    }

    @SafeVarargs
    private static Optional<Throttle> latest(Optional<Throttle>... throttles) {
        return java.util.stream.Stream.of(throttles).flatMap(Optional::stream).max(Comparator.comparing(Throttle::until));
    }
}
