package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.shared.security.LoginThrottle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins, stored so that every node of a cluster sees them: after 5 failures for one
 * account or 20 from one address within 15 minutes, further attempts wait until the oldest
 * failure of the window has aged out.
 */
@Component
class FailedSignIns implements LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;

    private final JdbcClient jdbc;
    private final Clock clock;

    FailedSignIns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Duration> waitBefore(String email, String address) {
        Instant now = clock.instant();
        Timestamp since = Timestamp.from(now.minus(WINDOW));
        Optional<Duration> byAccount = waitFor("email", email, PER_ACCOUNT, since, now);
        return byAccount.isPresent() ? byAccount : waitFor("address", address, PER_ADDRESS, since, now);
    }

    private Optional<Duration> waitFor(String column, String value, int limit, Timestamp since, Instant now) {
        var failures = jdbc.sql("select failed_at from login_failure where " + column + " = ? and failed_at > ? order by failed_at desc")
                .params(value, since).query(Timestamp.class).list();
        if (failures.size() < limit) {
            return Optional.empty();
        }
        Instant freedAt = failures.get(limit - 1).toInstant().plus(WINDOW);
        return Optional.of(Duration.between(now, freedAt)).filter(d -> !d.isNegative() && !d.isZero());
    }

    @Override
    public void failed(String email, String address) {
        Instant now = clock.instant();
        jdbc.sql("insert into login_failure (email, address, failed_at) values (?, ?, ?)")
                .params(email, address, Timestamp.from(now)).update();
        jdbc.sql("delete from login_failure where failed_at < ?").param(Timestamp.from(now.minus(Duration.ofDays(1)))).update();
    }

    @Override
    public void succeeded(String email, String address) {
        jdbc.sql("delete from login_failure where email = ?").param(email).update();
    }
}
