package eu.cybersudoe.newsletters.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The addresses no issue is sent to any more ({@code newsletter_suppression}): unsubscribed,
 * hard-bounced (a permanent SMTP refusal), complained. Checked when an audience is frozen and
 * again just before each batch is sent.
 */
@Repository
public class Suppressions {

    /** Why an address is suppressed. */
    public enum Reason { UNSUBSCRIBED, HARD_BOUNCE, COMPLAINT }

    private final JdbcClient jdbc;

    Suppressions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Suppresses the address; an address already suppressed keeps its first reason
     * (also when another worker suppresses it at the same time). */
    public void suppress(String email, Reason reason, String detail, Instant now) {
        String key = Audience.key(email);
        if (reason(key).isPresent()) {
            return;
        }
        jdbc.sql("insert into newsletter_suppression (email_key, reason, detail, created_at) values (?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(key, reason.name(), detail == null ? null : detail.substring(0, Math.min(300, detail.length())),
                        Timestamp.from(now)).update();
    }

    /** Why the address is suppressed, if it is. */
    public Optional<Reason> reason(String email) {
        return jdbc.sql("select reason from newsletter_suppression where email_key = ?").param(Audience.key(email))
                .query(String.class).optional().map(Reason::valueOf);
    }

    /** How many addresses are suppressed, all reasons together. */
    public long count() {
        return jdbc.sql("select count(*) from newsletter_suppression").query(Long.class).single();
    }
}
