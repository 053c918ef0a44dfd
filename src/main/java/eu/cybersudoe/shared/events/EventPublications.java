package eu.cybersudoe.shared.events;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The incomplete publications of the registry (the {@code event_publication} table, which
 * {@code shared} owns): what a listener has not yet done, oldest first, and a way to resubmit
 * them.
 */
@Component
public class EventPublications {

    /** Where a publication stands. */
    public enum Status {
        /** Published, its listener not yet started. */
        PUBLISHED,
        /** Its listener is running. */
        PROCESSING,
        /** Its listener failed; it is retried. */
        FAILED,
        /** Submitted again after a failure or a restart. */
        RESUBMITTED;

        static Status of(String stored) {
            return stored == null ? PUBLISHED : valueOf(stored.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * A publication whose listener has not succeeded.
     *
     * @param module      the module of the listener ({@code missions}, {@code companies}…; {@code shared} for a listener outside the modules)
     * @param listener    the listener's class and method, without the package
     * @param event       the event's type, without the package
     * @param attempts    how many times it was tried, when the registry counts them
     * @param resubmitted when it was last submitted again, or null
     */
    public record Pending(UUID id, String module, String listener, String event, Instant publishedAt, Status status,
                          int attempts, Instant resubmitted) {
    }

    private static final String BASE_PACKAGE = "eu.cybersudoe.";

    private final JdbcClient jdbc;
    private final IncompleteEventPublications incomplete;
    private final FailedEventPublications failed;

    EventPublications(JdbcClient jdbc, IncompleteEventPublications incomplete, FailedEventPublications failed) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
        this.failed = failed;
    }

    /** How many publications are incomplete. */
    public long count() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single();
    }

    /** The oldest incomplete publications, at most {@code limit}. */
    public List<Pending> oldest(int limit) {
        return jdbc.sql("""
                        select id, listener_id, event_type, publication_date, status, completion_attempts, last_resubmission_date
                        from event_publication where completion_date is null order by publication_date, id limit ?""")
                .param(limit).query((rs, n) -> pending(rs)).list();
    }

    /** Submits the publication again now, whatever its age, if it is still incomplete. */
    public void resubmit(UUID id) {
        incomplete.resubmitIncompletePublications(publication -> publication.getIdentifier().equals(id));
    }

    /** Submits every failed publication again now. */
    public void resubmitFailed() {
        failed.resubmit(ResubmissionOptions.defaults());
    }

    private static Pending pending(ResultSet rs) throws SQLException {
        String listener = rs.getString("listener_id");
        String module = listener.startsWith(BASE_PACKAGE) ? listener.substring(BASE_PACKAGE.length()).split("\\.")[0] : "shared";
        Timestamp resubmitted = rs.getTimestamp("last_resubmission_date");
        return new Pending(rs.getObject("id", UUID.class), module, withoutPackage(listener.split("\\(")[0]),
                withoutPackage(rs.getString("event_type")), rs.getTimestamp("publication_date").toInstant(),
                Status.of(rs.getString("status")), rs.getInt("completion_attempts"),
                resubmitted == null ? null : resubmitted.toInstant());
    }

    /** {@code a.b.Outer$Inner.method} → {@code Outer.Inner.method}, the class being the first capitalised part. */
    static String withoutPackage(String name) {
        String[] parts = name.replace('$', '.').split("\\.");
        int first = 0;
        while (first < parts.length - 1 && (parts[first].isEmpty() || !Character.isUpperCase(parts[first].charAt(0)))) {
            first++;
        }
        return String.join(".", java.util.Arrays.copyOfRange(parts, first, parts.length));
    }
}
