package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.search.SearchableChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The issues and their variants, in the {@code newsletter_issue} and {@code newsletter_variant} tables. */
@Repository
public class Issues {

    private static final String COLUMNS = "id, number, planned_on, state, segment_id, scheduled_at, approved_by, "
            + "approved_at, launched_at, finished_at";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Issues(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The index is told after the commit that the issue's searchable documents changed. */
    private void changed(long issueId) {
        events.publishEvent(new SearchableChanged(NewsletterSearchSource.KIND, Long.toString(issueId)));
    }

    /** The whole programme, by number. */
    public List<Issue> programme() {
        return jdbc.sql("select " + COLUMNS + " from newsletter_issue order by number").query(Issues::issue).list();
    }

    public Optional<Issue> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from newsletter_issue where id = ?").param(id).query(Issues::issue).optional();
    }

    /** The issues in a state, oldest number first. */
    List<Issue> inState(IssueState state) {
        return jdbc.sql("select " + COLUMNS + " from newsletter_issue where state = ? order by number")
                .param(state.name()).query(Issues::issue).list();
    }

    /** The issue's variants, by language. */
    public Map<Language, Variant> variants(long issueId) {
        Map<Language, Variant> variants = new EnumMap<>(Language.class);
        jdbc.sql("select language, subject, preheader, body, links from newsletter_variant where issue_id = ?")
                .param(issueId)
                .query((rs, n) -> new Variant(Language.fromCode(rs.getString(1)).orElseThrow(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list()
                .forEach(v -> variants.put(v.language(), v));
        return variants;
    }

    /** Adds the issue with its number and planned day, as a draft; false when the number exists. */
    boolean add(int number, LocalDate plannedOn, Instant now) {
        if (jdbc.sql("select count(*) from newsletter_issue where number = ?").param(number).query(Long.class).single() > 0) {
            return false;
        }
        try {
            jdbc.sql("insert into newsletter_issue (number, planned_on, state, updated_at, version) values (?, ?, ?, ?, 0)")
                    .params(number, plannedOn, IssueState.DRAFT.name(), Timestamp.from(now)).update();
            return true;
        } catch (DuplicateKeyException anotherNodeAddedIt) {
            return false;
        }
    }

    /** Writes the variant of an editable issue and brings the issue back to draft; false when not editable. */
    boolean saveVariant(long issueId, Variant variant, Instant now) {
        if (!toDraft(issueId, now)) {
            return false;
        }
        int updated = jdbc.sql("update newsletter_variant set subject = ?, preheader = ?, body = ?, links = ?, updated_at = ? "
                        + "where issue_id = ? and language = ?")
                .params(variant.subject(), variant.preheader(), variant.body(), variant.links(), Timestamp.from(now),
                        issueId, variant.language().code()).update();
        if (updated == 0) {
            jdbc.sql("insert into newsletter_variant (issue_id, language, subject, preheader, body, links, updated_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?)")
                    .params(issueId, variant.language().code(), variant.subject(), variant.preheader(), variant.body(),
                            variant.links(), Timestamp.from(now)).update();
        }
        changed(issueId);
        return true;
    }

    /** Removes a variant of an editable issue; false when not editable. */
    boolean deleteVariant(long issueId, Language language, Instant now) {
        if (!toDraft(issueId, now)) {
            return false;
        }
        jdbc.sql("delete from newsletter_variant where issue_id = ? and language = ?").params(issueId, language.code()).update();
        changed(issueId);
        return true;
    }

    /** Changes the audience and planned day of an editable issue, which goes back to draft. */
    boolean plan(long issueId, Long segmentId, LocalDate plannedOn, Instant now) {
        if (!toDraft(issueId, now)) {
            return false;
        }
        jdbc.sql("update newsletter_issue set segment_id = ?, planned_on = ? where id = ?")
                .params(segmentId, plannedOn, issueId).update();
        return true;
    }

    private boolean toDraft(long issueId, Instant now) {
        return jdbc.sql("update newsletter_issue set state = 'DRAFT', approved_by = null, approved_at = null, "
                        + "scheduled_at = null, updated_at = ?, version = version + 1 where id = ? and state in ('DRAFT', 'APPROVED')")
                .params(Timestamp.from(now), issueId).update() == 1;
    }

    boolean approve(long issueId, long accountId, Instant now) {
        return jdbc.sql("update newsletter_issue set state = 'APPROVED', approved_by = ?, approved_at = ?, updated_at = ?, "
                        + "version = version + 1 where id = ? and state = 'DRAFT'")
                .params(accountId, Timestamp.from(now), Timestamp.from(now), issueId).update() == 1;
    }

    boolean schedule(long issueId, Instant at, Instant now) {
        return jdbc.sql("update newsletter_issue set state = 'SCHEDULED', scheduled_at = ?, updated_at = ?, "
                        + "version = version + 1 where id = ? and state in ('APPROVED', 'SCHEDULED')")
                .params(Timestamp.from(at), Timestamp.from(now), issueId).update() == 1;
    }

    /** Moves the issue from one state to another; false when it was not in the first (another node was quicker). */
    boolean move(long issueId, IssueState from, IssueState to, Instant now) {
        String stamp = switch (to) {
            case SENDING -> from == IssueState.PAUSED || from == IssueState.SENT ? "" : ", launched_at = :now";
            case SENT, CANCELLED -> ", finished_at = :now";
            case APPROVED -> ", scheduled_at = null";
            default -> "";
        };
        boolean moved = jdbc.sql("update newsletter_issue set state = :to, updated_at = :now, version = version + 1" + stamp
                        + " where id = :id and state = :from")
                .param("to", to.name()).param("now", Timestamp.from(now)).param("id", issueId).param("from", from.name())
                .update() == 1;
        if (moved) {
            changed(issueId);
        }
        return moved;
    }

    /** Marks as sent the issues being sent that have no record left to send. */
    List<Long> finishCompleted(Instant now) {
        List<Long> done = jdbc.sql("""
                        select i.id from newsletter_issue i where i.state = 'SENDING' and not exists (
                            select 1 from newsletter_send s where s.issue_id = i.id and s.state in ('PENDING', 'DEFERRED', 'CLAIMED', 'SENDING'))""")
                .query(Long.class).list();
        return done.stream().filter(id -> move(id, IssueState.SENDING, IssueState.SENT, now)).toList();
    }

    private static Issue issue(ResultSet rs, int row) throws SQLException {
        return new Issue(rs.getLong("id"), rs.getInt("number"), rs.getObject("planned_on", LocalDate.class),
                IssueState.valueOf(rs.getString("state")), (Long) rs.getObject("segment_id", Long.class),
                instant(rs, "scheduled_at"), rs.getObject("approved_by", Long.class), instant(rs, "approved_at"),
                instant(rs, "launched_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
