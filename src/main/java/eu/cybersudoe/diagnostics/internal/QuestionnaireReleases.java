package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.shared.questionnaire.Questionnaire;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * When the platform first offered each questionnaire version ({@code questionnaire_release}), recorded at start for
 * the current versions not seen before: a questionnaire file has no date, and its feed needs one.
 */
@Component
class QuestionnaireReleases {

    /** The first version's date and the current version's. */
    record Dates(Instant first, Instant current) {
    }

    private final Questionnaires questionnaires;
    private final JdbcClient jdbc;
    private final Clock clock;

    QuestionnaireReleases(Questionnaires questionnaires, JdbcClient jdbc, Clock clock) {
        this.questionnaires = questionnaires;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recordNewVersions() {
        questionnaires.current().forEach(this::record);
    }

    private void record(Questionnaire questionnaire) {
        boolean known = jdbc.sql("select count(*) from questionnaire_release where code = ? and version = ?")
                .params(questionnaire.code(), questionnaire.version()).query(Long.class).single() > 0;
        if (!known) {
            try {
                jdbc.sql("insert into questionnaire_release (code, version, first_offered) values (?, ?, ?)")
                        .params(questionnaire.code(), questionnaire.version(), Timestamp.from(clock.instant())).update();
            } catch (DuplicateKeyException recordedByAnotherNode) {
                // another node starting at the same moment recorded it
            }
        }
    }

    /** The dates of a questionnaire's versions, once any was recorded. */
    Optional<Dates> of(Questionnaire questionnaire) {
        return jdbc.sql("""
                        select min(first_offered) as first,
                               max(case when version = ? then first_offered end) as current
                        from questionnaire_release where code = ?""")
                .params(questionnaire.version(), questionnaire.code())
                .query((rs, n) -> rs.getTimestamp("first") == null ? null
                        : new Dates(rs.getTimestamp("first").toInstant(),
                        rs.getTimestamp("current") == null ? rs.getTimestamp("first").toInstant() : rs.getTimestamp("current").toInstant()))
                .optional();
    }
}
