package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.ProgressReports.Part;
import eu.cybersudoe.monitoring.ProgressReports.PartInput;
import eu.cybersudoe.monitoring.ProgressReports.Report;
import eu.cybersudoe.monitoring.ProgressReports.Status;
import eu.cybersudoe.network.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The progress reports' tables: {@code monitoring_report_part}, {@code monitoring_report_progress},
 * {@code monitoring_report} and {@code monitoring_report_section}.
 */
@Repository
class ReportTable {

    private final JdbcClient jdbc;

    ReportTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Part> part(int semester, PartnerId partner) {
        return jdbc.sql("select * from monitoring_report_part where semester = ? and partner_id = ?")
                .params(semester, partner.value()).query(this::part).optional();
    }

    List<Part> parts(int semester) {
        return jdbc.sql("select * from monitoring_report_part where semester = ?").param(semester).query(this::part).list();
    }

    /** Writes a part, creating it on its first save; the progress of every work package is replaced. */
    void savePart(int semester, PartnerId partner, PartInput input, Status status, long by, String byName, Instant at) {
        Timestamp now = Timestamp.from(at);
        Timestamp submitted = status == Status.SUBMITTED ? now : null;
        int updated = jdbc.sql("""
                        update monitoring_report_part set status = ?, deviations = ?, problems = ?, next_steps = ?, updated_by = ?,
                        updated_by_name = ?, updated_at = ?, submitted_at = ? where semester = ? and partner_id = ?""")
                .params(status.name(), input.deviations(), input.problems(), input.nextSteps(), by, byName, now, submitted,
                        semester, partner.value())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into monitoring_report_part (semester, partner_id, status, deviations, problems, next_steps,
                            updated_by, updated_by_name, updated_at, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(semester, partner.value(), status.name(), input.deviations(), input.problems(), input.nextSteps(), by,
                            byName, now, submitted)
                    .update();
        }
        long id = jdbc.sql("select id from monitoring_report_part where semester = ? and partner_id = ?")
                .params(semester, partner.value()).query(Long.class).single();
        jdbc.sql("delete from monitoring_report_progress where part_id = ?").param(id).update();
        input.progress().forEach((workPackage, text) -> {
            if (text != null && !text.isBlank()) {
                jdbc.sql("insert into monitoring_report_progress (part_id, work_package, progress) values (?, ?, ?)")
                        .params(id, workPackage, text.strip()).update();
            }
        });
    }

    Optional<Report> report(int semester) {
        return jdbc.sql("select * from monitoring_report where semester = ?").param(semester).query(ReportTable::report).optional();
    }

    /** Creates the report or records that it was assembled again; its kept sections are cleared. */
    long assembled(int semester, long by, String byName, Instant at) {
        int updated = jdbc.sql("""
                        update monitoring_report set assembled_by = ?, assembled_by_name = ?, assembled_at = ?
                        where semester = ? and approved_on is null""")
                .params(by, byName, Timestamp.from(at), semester).update();
        if (updated == 0) {
            jdbc.sql("insert into monitoring_report (semester, assembled_by, assembled_by_name, assembled_at) values (?, ?, ?, ?)")
                    .params(semester, by, byName, Timestamp.from(at)).update();
        }
        long id = report(semester).orElseThrow().id();
        jdbc.sql("delete from monitoring_report_section where report_id = ?").param(id).update();
        return id;
    }

    void keepSection(long report, String scope, String language, int position, String content) {
        jdbc.sql("insert into monitoring_report_section (report_id, scope, language, position, content) values (?, ?, ?, ?, ?)")
                .params(report, scope, language, position, content).update();
    }

    /** The kept sections of a report for a scope and language, in their order. */
    List<String> sections(long report, String scope, String language) {
        return jdbc.sql("select content from monitoring_report_section where report_id = ? and scope = ? and language = ? order by position")
                .params(report, scope, language).query(String.class).list();
    }

    /** Records the approval, once: false when the report was approved meanwhile. */
    boolean approve(int semester, LocalDate on, String reference, long by, String byName, Instant at) {
        return jdbc.sql("""
                        update monitoring_report set approved_on = ?, decision_reference = ?, approved_by = ?, approved_by_name = ?,
                        approval_recorded_at = ? where semester = ? and approved_on is null""")
                .params(on, reference, by, byName, Timestamp.from(at), semester).update() == 1;
    }

    private Part part(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        Map<String, String> progress = new HashMap<>();
        jdbc.sql("select work_package, progress from monitoring_report_progress where part_id = ?").param(id)
                .query((p, m) -> progress.put(p.getString(1), p.getString(2))).list();
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Part(id, rs.getInt("semester"), new PartnerId(rs.getString("partner_id")), Status.valueOf(rs.getString("status")),
                progress, rs.getString("deviations"), rs.getString("problems"), rs.getString("next_steps"),
                rs.getString("updated_by_name"), rs.getTimestamp("updated_at").toInstant(),
                submitted == null ? null : submitted.toInstant());
    }

    private static Report report(ResultSet rs, int n) throws SQLException {
        Timestamp recorded = rs.getTimestamp("approval_recorded_at");
        return new Report(rs.getLong("id"), rs.getInt("semester"), rs.getString("assembled_by_name"),
                rs.getTimestamp("assembled_at").toInstant(), rs.getObject("approved_on", LocalDate.class),
                rs.getString("decision_reference"), rs.getString("approved_by_name"), recorded == null ? null : recorded.toInstant());
    }
}
