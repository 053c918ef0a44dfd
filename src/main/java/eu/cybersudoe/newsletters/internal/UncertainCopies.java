package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The copies of an issue that a stopped node had handed to the relay without recording its
 * reply: they may or may not have reached their recipient. They are listed until a network admin
 * decides, for all of them at once: send them again (at the risk of a second copy for those that
 * did arrive) or close them (at the risk that some never arrive). Every decision is kept, one row
 * per copy, with who took it and when ({@code newsletter_uncertain_decision}).
 */
@Service
public class UncertainCopies {

    /** What a network admin decided about an issue's uncertain copies. */
    public enum Decision {
        RESEND, CLOSE
    }

    /** An uncertain copy awaiting a decision: its address, variant, country and when it was handed to the relay. */
    public record Copy(long sendId, String email, Language language, String country, Instant handedAt) {
    }

    /** Decisions taken together: what, how many copies, by which account and when. */
    public record Taken(Decision decision, long copies, long decidedBy, Instant decidedAt) {
    }

    private final JdbcClient jdbc;
    private final Issues issues;
    private final Clock clock;

    UncertainCopies(JdbcClient jdbc, Issues issues, Clock clock) {
        this.jdbc = jdbc;
        this.issues = issues;
        this.clock = clock;
    }

    /** The issue's uncertain copies awaiting a decision, in the order they were handed. */
    public List<Copy> awaiting(long issueId) {
        return jdbc.sql("""
                        select id, email, language, country, coalesce(handed_at, finished_at) from newsletter_send
                        where issue_id = ? and state = 'UNCERTAIN' and uncertain_closed = false order by id""")
                .param(issueId)
                .query((rs, n) -> new Copy(rs.getLong(1), rs.getString(2), Language.fromCode(rs.getString(3)).orElse(Language.EN),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The decisions taken on the issue's uncertain copies, the latest first. */
    public List<Taken> decisions(long issueId) {
        return jdbc.sql("""
                        select decision, count(*), decided_by, decided_at from newsletter_uncertain_decision
                        where issue_id = ? group by decision, decided_by, decided_at order by decided_at desc""")
                .param(issueId)
                .query((rs, n) -> new Taken(Decision.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /**
     * Sends the issue's uncertain copies awaiting a decision again: they become pending, and an issue
     * already marked sent is being sent again until they are. Returns how many.
     */
    @Transactional
    public int resend(long issueId, long accountId) {
        Instant now = clock.instant();
        List<Long> copies = decide(issueId, Decision.RESEND, accountId, now);
        if (!copies.isEmpty()) {
            jdbc.sql("""
                            update newsletter_send set state = 'PENDING', claimed_by = null, finished_at = null,
                                next_attempt_at = :now, handed_at = null where id in (:ids)""")
                    .param("now", Timestamp.from(now)).param("ids", copies).update();
            issues.move(issueId, IssueState.SENT, IssueState.SENDING, now);
        }
        return copies.size();
    }

    /** Closes the issue's uncertain copies awaiting a decision: they stay uncertain and are not sent again. */
    @Transactional
    public int close(long issueId, long accountId) {
        List<Long> copies = decide(issueId, Decision.CLOSE, accountId, clock.instant());
        if (!copies.isEmpty()) {
            jdbc.sql("update newsletter_send set uncertain_closed = true where id in (:ids)").param("ids", copies).update();
        }
        return copies.size();
    }

    /** Locks the copies awaiting a decision and keeps the decision for each. */
    private List<Long> decide(long issueId, Decision decision, long accountId, Instant now) {
        List<Long> copies = jdbc.sql("select id from newsletter_send where issue_id = ? and state = 'UNCERTAIN' "
                        + "and uncertain_closed = false order by id for update")
                .param(issueId).query(Long.class).list();
        if (!copies.isEmpty()) {
            jdbc.sql("""
                            insert into newsletter_uncertain_decision (issue_id, send_id, decision, decided_by, decided_at)
                            select issue_id, id, :decision, :account, :now from newsletter_send where id in (:ids)""")
                    .param("decision", decision.name()).param("account", accountId).param("now", Timestamp.from(now))
                    .param("ids", copies).update();
        }
        return copies;
    }
}
