package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.companies.PartnerCompanies;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The messages read from the bounce mailbox ({@code newsletter_bounce}), each recorded once by
 * its key, and what the bounce page shows of an issue. The page shows a partner's staff only the
 * bounces of contacts of organisations linked to their partner; the counts are the whole issue's.
 */
@Repository
public class BounceEvents {

    /** The copies to companies the partner knows, given by the registry as the {@code companies} array. */
    private static final String OWN_PARTNER = " and s.company_id = any(:companies)";

    private final JdbcClient jdbc;
    private final PartnerCompanies partners;

    BounceEvents(JdbcClient jdbc, PartnerCompanies partners) {
        this.jdbc = jdbc;
        this.partners = partners;
    }

    /**
     * A delivered copy a bounce can be about.
     *
     * @param id        the send record
     * @param issueId   its issue
     * @param email     the address
     * @param messageId its Message-ID, or null
     */
    record Copy(long id, long issueId, String email, String messageId) {
    }

    /**
     * A bounce to record.
     *
     * @param messageKey the received message's Message-ID, or a digest of it
     * @param copy       the copy it is about, or null when none was found
     * @param email      the address it concerns, or null
     * @param kind       its kind
     * @param status     the enhanced status code, or null
     * @param diagnostic the server's words, or null
     */
    record NewBounce(String messageKey, Copy copy, String email, BounceKind kind, String status, String diagnostic) {
    }

    /**
     * A bounce as the page lists it.
     *
     * @param email      the address
     * @param kind       its kind
     * @param status     the status code, or null
     * @param diagnostic the server's words, or null
     * @param receivedAt when it was read
     */
    public record Row(String email, BounceKind kind, String status, String diagnostic, Instant receivedAt) {
    }

    /**
     * An address a bounce of the issue suppressed.
     *
     * @param email     the address
     * @param reason    why
     * @param createdAt since when
     */
    public record Suppressed(String email, Suppressions.Reason reason, Instant createdAt) {
    }

    /** The copy a send record is, when it was sent. */
    Optional<Copy> copy(long sendId) {
        return jdbc.sql("select id, issue_id, email, message_id from newsletter_send where id = ? and message_id is not null")
                .param(sendId)
                .query((rs, n) -> new Copy(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** Records the bounce unless a message with its key was recorded before; returns its id when recorded now. */
    Optional<Long> record(NewBounce bounce, Instant now) {
        int inserted = jdbc.sql("insert into newsletter_bounce (message_key, send_id, issue_id, email_key, kind, status, "
                        + "diagnostic, received_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(cut(bounce.messageKey(), 300), bounce.copy() == null ? null : bounce.copy().id(),
                        bounce.copy() == null ? null : bounce.copy().issueId(),
                        bounce.email() == null ? null : cut(Audience.key(bounce.email()), 254), bounce.kind().name(),
                        bounce.status(), bounce.diagnostic() == null ? null : cut(bounce.diagnostic(), 500),
                        Timestamp.from(now))
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select id from newsletter_bounce where message_key = ?").param(cut(bounce.messageKey(), 300))
                .query(Long.class).optional();
    }

    /** In how many distinct issues the address soft-bounced since the instant. */
    long softBouncedIssues(String email, Instant since) {
        return jdbc.sql("select count(distinct issue_id) from newsletter_bounce where email_key = ? and kind = 'SOFT' "
                        + "and issue_id is not null and received_at >= ?")
                .params(Audience.key(email), Timestamp.from(since)).query(Long.class).single();
    }

    /** How many bounces of each recorded kind the issue had (every recorded kind present, possibly zero). */
    public Map<BounceKind, Long> counts(long issueId) {
        Map<BounceKind, Long> counts = new EnumMap<>(BounceKind.class);
        BounceKind.RECORDED.forEach(kind -> counts.put(kind, 0L));
        jdbc.sql("select kind, count(*) from newsletter_bounce where issue_id = ? group by kind").param(issueId)
                .query((rs, n) -> counts.put(BounceKind.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /** How many bounces of the issue the page lists (a partner's: those of its contacts). */
    public long total(long issueId, Optional<String> partner) {
        return jdbc.sql("select count(*) from newsletter_bounce b join newsletter_send s on s.id = b.send_id "
                        + "where b.issue_id = :issue" + (partner.isPresent() ? OWN_PARTNER : ""))
                .param("issue", issueId).params(partnerParam(partner)).query(Long.class).single();
    }

    /** One page of the issue's bounces, the latest first. */
    public List<Row> page(long issueId, Optional<String> partner, int offset, int size) {
        return jdbc.sql("select s.email, b.kind, b.status, b.diagnostic, b.received_at from newsletter_bounce b "
                        + "join newsletter_send s on s.id = b.send_id where b.issue_id = :issue"
                        + (partner.isPresent() ? OWN_PARTNER : "")
                        + " order by b.received_at desc, b.id desc offset :offset rows fetch next :size rows only")
                .param("issue", issueId).params(partnerParam(partner)).param("offset", offset).param("size", size)
                .query((rs, n) -> new Row(rs.getString(1), BounceKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The addresses the issue's bounces suppressed, in the order they were. */
    public List<Suppressed> suppressed(long issueId, Optional<String> partner) {
        return jdbc.sql("select s.email, x.reason, x.created_at from newsletter_suppression x "
                        + "join newsletter_bounce b on b.id = x.bounce_id join newsletter_send s on s.id = b.send_id "
                        + "where b.issue_id = :issue" + (partner.isPresent() ? OWN_PARTNER : "")
                        + " order by x.created_at, s.email")
                .param("issue", issueId).params(partnerParam(partner))
                .query((rs, n) -> new Suppressed(rs.getString(1), Suppressions.Reason.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    private Map<String, Object> partnerParam(Optional<String> partner) {
        return partner.<Map<String, Object>>map(p -> Map.of("companies", partners.knownBy(p))).orElse(Map.of());
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }
}
