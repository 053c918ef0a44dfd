package eu.cybersudoe.accounts.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Every sign-in try and every change to how an account signs in: who, when, from where, with which browser. */
@Component
public class SignInRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One line of the record.
     *
     * @param email     the account's address, or null for a try of an address no account has
     * @param byEmail   the network admin who acted on the account, or null
     */
    public record Line(Instant at, String email, String address, String userAgent, SignInOutcome outcome, String byEmail) {
    }

    /**
     * Where a change to an account was asked from: the network address and the browser's
     * description of itself, as for a sign-in.
     */
    public record Origin(String address, String userAgent) {
    }

    /** Records a change to the account asked from {@code from}, by the account itself or by a network admin. */
    @Transactional
    public void record(long accountId, Origin from, SignInOutcome outcome, Long byAccountId) {
        record(accountId, from.address(), from.userAgent(), outcome, byAccountId);
    }

    @Transactional
    public void record(Long accountId, String address, String userAgent, SignInOutcome outcome, Long byAccountId) {
        jdbc.sql("insert into sign_in_record (account_id, address, user_agent, outcome, by_account_id, recorded_at) values (?, ?, ?, ?, ?, ?)")
                .params(accountId, address == null ? "" : address, userAgent == null ? "" : userAgent, outcome.name(), byAccountId,
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** The account's latest lines, newest first. */
    @Transactional(readOnly = true)
    public List<Line> of(long accountId, int limit) {
        return query("where r.account_id = ?", limit, accountId);
    }

    /** The latest lines of every account, newest first. */
    @Transactional(readOnly = true)
    public List<Line> latest(int limit) {
        return query("", limit);
    }

    /** How many times the outcome was recorded for the account since the instant. */
    int count(long accountId, SignInOutcome outcome, Instant since) {
        return jdbc.sql("select count(*) from sign_in_record where account_id = ? and outcome = ? and recorded_at > ?")
                .params(accountId, outcome.name(), Timestamp.from(since)).query(Integer.class).single();
    }

    private List<Line> query(String where, int limit, Object... params) {
        return jdbc.sql("select r.recorded_at, a.email, r.address, r.user_agent, r.outcome, b.email from sign_in_record r "
                        + "left join account a on a.id = r.account_id left join account b on b.id = r.by_account_id "
                        + where + " order by r.recorded_at desc, r.id desc limit " + limit)
                .params(params)
                .query((row, n) -> new Line(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3), row.getString(4),
                        SignInOutcome.valueOf(row.getString(5)), row.getString(6)))
                .list();
    }
}
