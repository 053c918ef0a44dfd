package eu.cybersudoe.missions.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.shared.Language;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The stored missions and their history, read and written with SQL. */
@Repository
public class MissionStore {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    MissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new mission with its first history line; returns it as stored. */
    Mission insert(Mission mission) {
        Mission.Request r = mission.request();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into mission (organisation_id, partner_id, origin, conference_id, assessment_id, questionnaire,
                            contact_email, language, request_message, themes, state, requested_at, updated_at, version)
                        values (:company, :partner, :origin, :conference, :assessment, :questionnaire, :email, :language,
                            :message, :themes, :state, :at, :at, 0)""")
                .param("company", mission.company() == null ? null : mission.company().value())
                .param("partner", mission.partnerId())
                .param("origin", r.origin().name())
                .param("conference", r.conferenceId())
                .param("assessment", r.assessmentId())
                .param("questionnaire", r.questionnaire())
                .param("email", r.contactEmail())
                .param("language", r.language().code())
                .param("message", r.message())
                .param("themes", joinThemes(r.themes()))
                .param("state", mission.state().name())
                .param("at", Timestamp.from(r.requestedAt()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        appendHistory(id, mission.changes());
        return find(id).orElseThrow();
    }

    /** Writes the mission's state and appends its changes; refuses a mission changed by someone else meanwhile. */
    void save(Mission mission) {
        Mission.Schedule s = mission.schedule();
        int updated = jdbc.sql("""
                        update mission set organisation_id = :company, partner_id = :partner, state = :state, advisor_id = :advisor, advisor_name = :advisorName,
                            scheduled_on = :day, delivery_mode = :mode, planned_days = :planned, held_on = :heldOn,
                            actual_days = :actual, reason = :reason, report = :report, themes = :themes, delivered_at = :deliveredAt,
                            updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                .param("company", mission.company() == null ? null : mission.company().value())
                .param("partner", mission.partnerId())
                .param("state", mission.state().name())
                .param("advisor", mission.advisorId())
                .param("advisorName", mission.advisorName())
                .param("day", s == null ? null : Date.valueOf(s.day()))
                .param("mode", s == null ? null : s.mode().name())
                .param("planned", s == null ? null : s.plannedDays())
                .param("heldOn", mission.heldOn() == null ? null : Date.valueOf(mission.heldOn()))
                .param("actual", mission.actualDays())
                .param("reason", mission.reason())
                .param("report", mission.report() == null ? null : JSON.writeValueAsString(mission.report()))
                .param("themes", joinThemes(mission.themes()))
                .param("deliveredAt", mission.deliveredAt() == null ? null : Timestamp.from(mission.deliveredAt()))
                .param("now", Timestamp.from(mission.changes().isEmpty() ? Instant.now() : mission.changes().getLast().at()))
                .param("id", mission.id())
                .param("version", mission.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Mission " + mission.id() + " was changed meanwhile");
        }
        appendHistory(mission.id(), mission.changes());
    }

    private void appendHistory(long id, List<MissionChange> changes) {
        for (MissionChange change : changes) {
            jdbc.sql("insert into mission_event (mission_id, occurred_at, account_id, actor, action, detail) values (?, ?, ?, ?, ?, ?)")
                    .params(id, Timestamp.from(change.at()), change.accountId(), change.actor(), change.action(), change.detail())
                    .update();
        }
    }

    public Optional<Mission> find(long id) {
        return jdbc.sql("select * from mission where id = ?").param(id).query(MissionStore::mission).optional();
    }

    /** The history of a mission, oldest first. */
    public List<MissionChange> history(long id) {
        return jdbc.sql("select * from mission_event where mission_id = ? order by occurred_at, id").param(id)
                .query((rs, n) -> new MissionChange(rs.getTimestamp("occurred_at").toInstant(),
                        (Long) rs.getObject("account_id", Long.class), rs.getString("actor"), rs.getString("action"),
                        rs.getString("detail"))).list();
    }

    /** The missions of a company, most recent first. */
    public List<Mission> ofCompany(CompanyId company) {
        return jdbc.sql("select * from mission where organisation_id = ? order by requested_at desc, id desc")
                .param(company.value()).query(MissionStore::mission).list();
    }

    /** The missions of an advisor scheduled or held between two days (inclusive). */
    public List<Mission> ofAdvisor(long advisorId, java.time.LocalDate from, java.time.LocalDate to) {
        return jdbc.sql("""
                        select * from mission where advisor_id = ? and state <> 'CANCELLED'
                            and coalesce(held_on, scheduled_on) between ? and ? order by coalesce(held_on, scheduled_on), id""")
                .params(advisorId, Date.valueOf(from), Date.valueOf(to)).query(MissionStore::mission).list();
    }

    /** Every scheduled or held mission of an advisor, for the calendar feed. */
    public List<Mission> scheduledFor(long advisorId) {
        return jdbc.sql("""
                        select * from mission where advisor_id = ? and state <> 'CANCELLED' and scheduled_on is not null
                        order by scheduled_on, id""").param(advisorId).query(MissionStore::mission).list();
    }

    static Mission mission(ResultSet rs, int row) throws SQLException {
        Language language = Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT);
        Mission.Request request = new Mission.Request(MissionOrigin.valueOf(rs.getString("origin")),
                rs.getObject("conference_id", Long.class), rs.getObject("assessment_id", Long.class),
                rs.getString("questionnaire"), rs.getString("contact_email"), language, rs.getString("request_message"),
                splitThemes(rs.getString("themes")), rs.getTimestamp("requested_at").toInstant());
        Date day = rs.getDate("scheduled_on");
        String mode = rs.getString("delivery_mode");
        Mission.Schedule schedule = day == null || mode == null ? null
                : new Mission.Schedule(day.toLocalDate(), DeliveryMode.valueOf(mode), rs.getBigDecimal("planned_days"));
        Date held = rs.getDate("held_on");
        String report = rs.getString("report");
        Timestamp delivered = rs.getTimestamp("delivered_at");
        Long company = rs.getObject("organisation_id", Long.class);
        return new Mission(rs.getLong("id"), company == null ? null : new CompanyId(company), request, rs.getString("partner_id"),
                MissionState.valueOf(rs.getString("state")), rs.getObject("advisor_id", Long.class), rs.getString("advisor_name"),
                schedule, held == null ? null : held.toLocalDate(), scaled(rs.getBigDecimal("actual_days")), rs.getString("reason"),
                report == null ? null : JSON.readValue(report, InterventionReport.class),
                delivered == null ? null : delivered.toInstant(), rs.getLong("version"));
    }

    private static BigDecimal scaled(BigDecimal days) {
        return days == null ? null : MissionIndicators.plain(days);
    }

    static String joinThemes(List<String> themes) {
        return themes.isEmpty() ? "," : "," + String.join(",", themes) + ",";
    }

    static List<String> splitThemes(String themes) {
        return themes == null ? List.of() : Arrays.stream(themes.split(",")).filter(t -> !t.isBlank()).toList();
    }
}
