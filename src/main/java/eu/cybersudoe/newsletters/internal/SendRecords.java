package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.SqlDialect;

import eu.cybersudoe.shared.Language;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The send records of launched issues ({@code newsletter_send}): one per recipient and issue,
 * claimed in batches by the workers of every node, handed to the relay in small steps, each
 * ending with one result.
 *
 * <p>Claiming locks the rows it takes with {@code FOR UPDATE SKIP LOCKED} (PostgreSQL, and H2
 * which reads the same clause), so two workers, on one node or on several, never take the same
 * record; a claimed record names its node until its result is recorded. A record is claimed
 * only while {@link SendState#open() open}, so a delivered, failed or uncertain record is never
 * sent again.
 *
 * <p>A claimed record is {@link SendState#CLAIMED}; a worker marks a few at a time
 * {@link SendState#SENDING} just before handing them to the relay ({@link #step}), so that a
 * node that stops leaves only those uncertain.
 */
@Repository
public class SendRecords {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SqlDialect dialect;

    SendRecords(JdbcClient jdbc, JdbcTemplate template, SqlDialect dialect) {
        this.jdbc = jdbc;
        this.template = template;
        this.dialect = dialect;
    }

    /**
     * A claimed record.
     *
     * @param id        the record
     * @param issueId   its issue
     * @param email     the address
     * @param firstName the recipient's first name, or null
     * @param language  the variant chosen for the recipient
     * @param country   the recipient organisation's country
     * @param region    the recipient organisation's NUTS 2 region, or null
     * @param attempts  the attempts so far, this one included
     */
    record Claimed(long id, long issueId, String email, String firstName, Language language, String country,
                   String region, int attempts) {

        String emailKey() {
            return Audience.key(email);
        }
    }

    /**
     * The result of one claimed record.
     *
     * @param id        the record
     * @param state     its new state
     * @param messageId its Message-ID when delivered
     * @param error     the relay's reply or what went wrong, or null
     * @param retryAt   when to try again, for a deferred record
     * @param attempts  its attempts
     */
    record Result(long id, SendState state, String messageId, String error, Instant retryAt, int attempts) {
    }

    /**
     * Claims up to {@code limit} records of the issue that are due, for the node; the oldest
     * first. One issue at a time, so that the claim walks the open records of that issue in id
     * order (an index on PostgreSQL) whatever the table's statistics say.
     */
    @Transactional
    public List<Claimed> claim(String node, long issueId, int limit, Instant now) {
        return claim(node, issueId, limit, now, 0);
    }

    /** The same, among the records after {@code afterId} (see {@link ClaimCursors}). */
    @Transactional
    public List<Claimed> claim(String node, long issueId, int limit, Instant now, long afterId) {
        List<Claimed> claimed = jdbc.sql("select s.id, s.issue_id, s.email, s.first_name, s.language, s.country, s.region, s.attempts "
                        + "from newsletter_send s where s.issue_id = :issue and s.id > :after and s.state in ('PENDING', 'DEFERRED') "
                        + "and s.next_attempt_at <= :now order by s.id fetch first :limit rows only for update skip locked")
                .param("issue", issueId).param("after", afterId).param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new Claimed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        Language.fromCode(rs.getString(5)).orElse(Language.EN), rs.getString(6), rs.getString(7),
                        rs.getInt(8) + 1))
                .list();
        if (!claimed.isEmpty()) {
            jdbc.sql("update newsletter_send set state = 'CLAIMED', claimed_by = :node where id in (:ids)")
                    .param("node", node).param("ids", claimed.stream().map(Claimed::id).toList()).update();
        }
        return claimed;
    }

    /**
     * Records the results of a node's claimed records at once (see {@link #step}), as the last
     * step of a batch: nothing more is handed to the relay.
     */
    @Transactional
    public void record(String node, List<Result> results, Instant now) {
        step(node, results, List.of(), now);
    }

    /**
     * One step of a batch, in one transaction: records the results of the copies handed before
     * and marks the next copies (a few of the node's claimed records) "sending" with the moment,
     * just before they are handed to the relay. A node that stops leaves at most one step
     * "sending" (uncertain) per worker; its other claimed records go back to be sent by another.
     * The mark waits for the disk: a lost one would let a copy that reached the relay be sent again.
     */
    @Transactional
    public void step(String node, List<Result> results, List<Long> handing, Instant now) {
        if (!results.isEmpty()) {
            if (dialect.postgres()) {
                if (handing.isEmpty()) {
                    // A result lost with the last moments of a database crash leaves its record "sending",
                    // which turns uncertain and is never sent again: safe without waiting for the disk.
                    template.execute("set local synchronous_commit = off");
                }
                recordAsArrays(node, results, Timestamp.from(now));
            } else {
                recordInBatch(node, results, Timestamp.from(now));
            }
        }
        if (!handing.isEmpty()) {
            jdbc.sql("update newsletter_send set state = 'SENDING', handed_at = :now, attempts = attempts + 1 "
                            + "where id in (:ids) and claimed_by = :node and state = 'CLAIMED'")
                    .param("now", Timestamp.from(now)).param("ids", handing).param("node", node).update();
        }
    }

    private void recordInBatch(String node, List<Result> results, Timestamp finished) {
        template.batchUpdate("update newsletter_send set state = ?, message_id = ?, last_error = ?, next_attempt_at = "
                        + "coalesce(?, next_attempt_at), finished_at = ?, attempts = ? where id = ? and claimed_by = ? "
                        + "and state in ('CLAIMED', 'SENDING', 'UNCERTAIN')", results, 500, (ps, result) -> {
                    ps.setString(1, result.state().name());
                    ps.setString(2, result.messageId());
                    ps.setString(3, errorOf(result));
                    ps.setTimestamp(4, retryOf(result));
                    ps.setTimestamp(5, result.state().open() ? null : finished);
                    ps.setInt(6, result.attempts());
                    ps.setLong(7, result.id());
                    ps.setString(8, node);
                });
    }

    private void recordAsArrays(String node, List<Result> results, Timestamp finished) {
        int size = results.size();
        Long[] ids = new Long[size];
        String[] states = new String[size];
        String[] messageIds = new String[size];
        String[] errors = new String[size];
        Timestamp[] retries = new Timestamp[size];
        Timestamp[] finishedAt = new Timestamp[size];
        Integer[] attempts = new Integer[size];
        for (int i = 0; i < size; i++) {
            Result result = results.get(i);
            ids[i] = result.id();
            states[i] = result.state().name();
            messageIds[i] = result.messageId();
            errors[i] = errorOf(result);
            retries[i] = retryOf(result);
            finishedAt[i] = result.state().open() ? null : finished;
            attempts[i] = result.attempts();
        }
        template.update("""
                update newsletter_send s set state = r.state, message_id = r.message_id, last_error = r.last_error,
                    next_attempt_at = coalesce(r.retry_at, s.next_attempt_at), finished_at = r.finished_at,
                    attempts = r.attempts
                from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::timestamptz[], ?::timestamptz[],
                            ?::integer[]) as r(id, state, message_id, last_error, retry_at, finished_at, attempts)
                where s.id = r.id and s.claimed_by = ? and s.state in ('CLAIMED', 'SENDING', 'UNCERTAIN')""", ps -> {
            var connection = ps.getConnection();
            ps.setArray(1, connection.createArrayOf("bigint", ids));
            ps.setArray(2, connection.createArrayOf("varchar", states));
            ps.setArray(3, connection.createArrayOf("varchar", messageIds));
            ps.setArray(4, connection.createArrayOf("varchar", errors));
            ps.setArray(5, connection.createArrayOf("timestamptz", retries));
            ps.setArray(6, connection.createArrayOf("timestamptz", finishedAt));
            ps.setArray(7, connection.createArrayOf("integer", attempts));
            ps.setString(8, node);
        });
    }

    private static String errorOf(Result result) {
        return result.error() == null ? null : shorten(result.error());
    }

    private static Timestamp retryOf(Result result) {
        return result.retryAt() == null ? null : Timestamp.from(result.retryAt());
    }

    /**
     * What became of the records of nodes that stopped.
     *
     * @param uncertain records that were handed to the relay: they may have gone
     * @param returned  records claimed but never handed: open again (or cancelled with their issue)
     */
    public record Recovery(int uncertain, int returned) {
    }

    /**
     * Recovers the records of every node that is gone (no longer beating since {@code aliveSince},
     * or unknown): a handed record may have reached the relay, so it becomes "uncertain" and is
     * not sent again unless a network admin decides so; a record only claimed was never handed,
     * so it is open again (deferred when it was tried before), or cancelled with its issue.
     */
    @Transactional
    public Recovery recoverAbandoned(Instant aliveSince, Instant now) {
        int uncertain = jdbc.sql("""
                        update newsletter_send set state = 'UNCERTAIN', finished_at = :now, uncertain_closed = false
                        where state = 'SENDING'
                        and issue_id in (select i.id from newsletter_issue i where i.state in ('SENDING', 'PAUSED', 'CANCELLED'))
                        and (claimed_by is null or claimed_by not in (
                            select n.id from newsletter_node n where n.heartbeat_at >= :alive))""")
                .param("now", Timestamp.from(now)).param("alive", Timestamp.from(aliveSince)).update();
        int returned = jdbc.sql("""
                        update newsletter_send set claimed_by = null,
                            state = case when issue_id in (select i.id from newsletter_issue i where i.state = 'CANCELLED')
                                then 'CANCELLED' when attempts > 0 then 'DEFERRED' else 'PENDING' end,
                            finished_at = case when issue_id in (select i.id from newsletter_issue i where i.state = 'CANCELLED')
                                then cast(:now as timestamp with time zone) end
                        where state = 'CLAIMED'
                        and (claimed_by is null or claimed_by not in (
                            select n.id from newsletter_node n where n.heartbeat_at >= :alive))""")
                .param("now", Timestamp.from(now)).param("alive", Timestamp.from(aliveSince)).update();
        return new Recovery(uncertain, returned);
    }

    /** Cancels the records of the issue not sent yet. */
    int cancelOpen(long issueId, Instant now) {
        return jdbc.sql("update newsletter_send set state = 'CANCELLED', finished_at = ? where issue_id = ? "
                        + "and state in ('PENDING', 'DEFERRED')")
                .params(Timestamp.from(now), issueId).update();
    }

    /** How many of the issue's records are in each state (every state present, possibly zero). */
    public Map<SendState, Long> counts(long issueId) {
        Map<SendState, Long> counts = new EnumMap<>(SendState.class);
        for (SendState state : SendState.values()) {
            counts.put(state, 0L);
        }
        jdbc.sql("select state, count(*) from newsletter_send where issue_id = ? group by state").param(issueId)
                .query((rs, n) -> counts.put(SendState.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /** How many copies of each issue were delivered, by issue. */
    public Map<Long, Long> deliveredByIssue() {
        Map<Long, Long> delivered = new java.util.HashMap<>();
        jdbc.sql("select issue_id, count(*) from newsletter_send where state = 'DELIVERED' group by issue_id")
                .query((rs, n) -> delivered.put(rs.getLong(1), rs.getLong(2))).list();
        return delivered;
    }

    /** How many of the issue's records got a result since the instant. */
    public long finishedSince(long issueId, Instant since) {
        return jdbc.sql("select count(*) from newsletter_send where issue_id = ? and finished_at >= ?")
                .params(issueId, Timestamp.from(since)).query(Long.class).single();
    }

    /** The instant of the issue's last recorded result, or null. */
    public Instant lastResult(long issueId) {
        Timestamp last = jdbc.sql("select max(finished_at) from newsletter_send where issue_id = ?").param(issueId)
                .query(Timestamp.class).optional().orElse(null);
        return last == null ? null : last.toInstant();
    }

    /** The addresses of the list that are suppressed. */
    List<String> suppressedAmong(List<String> emailKeys) {
        if (emailKeys.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(jdbc.sql("select email_key from newsletter_suppression where email_key in (:keys)")
                .param("keys", emailKeys).query(String.class).list());
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
