package eu.cybersudoe.missions.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Lists of missions with filters, by page or streamed for exports. */
@Repository
public class MissionSearch {

    private final JdbcClient jdbc;

    MissionSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of results and how many there are in all. */
    public record Page(List<MissionRow> rows, long total, int page, int size) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages();
        }
    }

    public Page page(MissionFilter filter, int page, int size) {
        int shown = Math.max(1, page);
        Where where = where(filter);
        long total = where.bind(jdbc.sql("select count(*) from mission m" + where.sql)).query(Long.class).single();
        List<MissionRow> rows = where.bind(jdbc.sql(select() + where.sql
                        + " order by m.requested_at desc, m.id desc limit :limit offset :offset"))
                .param("limit", size).param("offset", (shown - 1) * size).query(MissionSearch::row).list();
        return new Page(rows, total, shown, size);
    }

    /** Every row of the filter, in order, for exports. */
    public void each(MissionFilter filter, Consumer<MissionRow> consumer) {
        Where where = where(filter);
        try (Stream<MissionRow> rows = where.bind(jdbc.sql(select() + where.sql + " order by m.requested_at desc, m.id desc"))
                .query(MissionSearch::row).stream()) {
            rows.forEach(consumer);
        }
    }

    private static String select() {
        return """
                select m.id, m.organisation_id, coalesce(o.legal_name, m.contact_email) as legal_name, m.partner_id, m.origin, m.state, m.advisor_name, m.requested_at,
                    m.scheduled_on, m.held_on, m.actual_days, m.themes, m.delivered_at, m.rating
                from mission m left join organisation o on o.id = m.organisation_id""";
    }

    private static Where where(MissionFilter f) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.partnerId() != null) {
            clauses.add("m.partner_id = :partner");
            params.put("partner", f.partnerId());
        }
        if (f.state() != null) {
            clauses.add("m.state = :state");
            params.put("state", f.state().name());
        }
        if (f.advisorId() != null) {
            clauses.add("m.advisor_id = :advisor");
            params.put("advisor", f.advisorId());
        }
        if (f.companyId() != null) {
            clauses.add("m.organisation_id = :company");
            params.put("company", f.companyId());
        }
        if (f.theme() != null) {
            clauses.add("m.themes like :theme");
            params.put("theme", "%," + f.theme() + ",%");
        }
        if (f.from() != null) {
            clauses.add("coalesce(m.held_on, m.scheduled_on, cast(m.requested_at as date)) >= :from");
            params.put("from", Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            clauses.add("coalesce(m.held_on, m.scheduled_on, cast(m.requested_at as date)) <= :to");
            params.put("to", Date.valueOf(f.to()));
        }
        return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
    }

    private record Where(String sql, Map<String, Object> params) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            for (Map.Entry<String, Object> param : params.entrySet()) {
                statement = statement.param(param.getKey(), param.getValue());
            }
            return statement;
        }
    }

    private static MissionRow row(ResultSet rs, int n) throws SQLException {
        Date scheduled = rs.getDate("scheduled_on");
        Date held = rs.getDate("held_on");
        Timestamp delivered = rs.getTimestamp("delivered_at");
        return new MissionRow(rs.getLong("id"), rs.getObject("organisation_id", Long.class), rs.getString("legal_name"),
                rs.getString("partner_id"), MissionOrigin.valueOf(rs.getString("origin")), MissionState.valueOf(rs.getString("state")),
                rs.getString("advisor_name"), rs.getTimestamp("requested_at").toInstant(),
                scheduled == null ? null : scheduled.toLocalDate(), held == null ? null : held.toLocalDate(),
                rs.getBigDecimal("actual_days"), MissionStore.splitThemes(rs.getString("themes")),
                delivered == null ? null : delivered.toInstant(), rs.getObject("rating", Integer.class));
    }
}
