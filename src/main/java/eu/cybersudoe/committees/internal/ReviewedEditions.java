package eu.cybersudoe.committees.internal;

import eu.cybersudoe.monitoring.Edition;
import eu.cybersudoe.monitoring.Monitoring;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The closed semester edition of the dashboard a meeting reviews (its systematic review of the
 * indicators): the edition is monitoring's, asked through its API; the meeting keeps which
 * semester and revision it looked at, so that the link keeps showing the values the committee saw.
 */
@Component
public class ReviewedEditions {

    /** The edition a meeting reviews. */
    public record Reviewed(long meetingId, int semester, int revision) {
    }

    private final JdbcClient jdbc;
    private final Monitoring monitoring;
    private final GroupRights rights;
    private final Clock clock;

    ReviewedEditions(JdbcClient jdbc, Monitoring monitoring, GroupRights rights, Clock clock) {
        this.jdbc = jdbc;
        this.monitoring = monitoring;
        this.rights = rights;
        this.clock = clock;
    }

    /** The closed editions that can be attached: the latest revision of each closed semester. */
    public List<Edition> closed() {
        return monitoring.closedSemesters();
    }

    /** Attaches the latest revision of a closed semester's edition to the meeting, in place of any other. */
    @Transactional
    public Outcome attach(Meeting meeting, Person person, int semester) {
        if (!rights.runs(meeting.groupId(), person)) {
            return Outcome.refused("committees.refused.notRunning");
        }
        if (meeting.approved()) {
            return Outcome.refused("committees.refused.approved");
        }
        Optional<Edition> latest = monitoring.editions(semester).stream().max(Comparator.comparingInt(Edition::revision));
        if (latest.isEmpty()) {
            return Outcome.refusedOn("semester", "committees.edition.notClosed");
        }
        jdbc.sql("delete from committee_meeting_edition where meeting_id = ?").param(meeting.id()).update();
        jdbc.sql("""
                        insert into committee_meeting_edition (meeting_id, semester, revision, attached_by, attached_at)
                        values (?, ?, ?, ?, ?)""")
                .params(meeting.id(), semester, latest.get().revision(), person.accountId(), Timestamp.from(clock.instant()))
                .update();
        return Outcome.done("committees.edition.attached");
    }

    /** The edition the meeting reviews, if one is attached. */
    public Optional<Reviewed> of(long meetingId) {
        return jdbc.sql("select meeting_id, semester, revision from committee_meeting_edition where meeting_id = ?")
                .param(meetingId)
                .query((rs, n) -> new Reviewed(rs.getLong("meeting_id"), rs.getInt("semester"), rs.getInt("revision"))).optional();
    }
}
