package eu.cybersudoe.missions.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyProfiles;
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

/**
 * Lists of missions with filters, by page or streamed for exports; the companies' names come from
 * the registry's API, a page or a batch of rows at a time.
 */
@Repository
public class MissionSearch {

    private static final int NAMED_AT_ONCE = 500;

    private final JdbcClient jdbc;
    private final CompanyProfiles companies;

    MissionSearch(JdbcClient jdbc, CompanyProfiles companies) {
        this.jdbc = jdbc;
        this.companies = companies;
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
        return new Page(named(rows), total, shown, size);
    }

    /** Every row of the filter, in order, for exports. */
    public void each(MissionFilter filter, Consumer<MissionRow> consumer) {
        Where where = where(filter);
        try (Stream<MissionRow> rows = where.bind(jdbc.sql(select() + where.sql + " order by m.requested_at desc, m.id desc"))
                .query(MissionSearch::row).stream()) {
            List<MissionRow> batch = new ArrayList<>(NAMED_AT_ONCE);
            rows.forEach(row -> {
                batch.add(row);
                if (batch.size() == NAMED_AT_ONCE) {
                    named(batch).forEach(consumer);
                    batch.clear();
                }
            });
            named(batch).forEach(consumer);
        }
    }

    /** The rows with their company's name, or the requester's e-mail address when the company is not (or no longer) known. */
    private List<MissionRow> named(List<MissionRow> rows) {
        Map<CompanyId, String> names = companies.names(rows.stream().filter(r -> r.companyId() != null)
                .map(r -> new CompanyId(r.companyId())).toList());
        return rows.stream().map(r -> {
            String name = r.companyId() == null ? null : names.get(new CompanyId(r.companyId()));
            return name == null ? r : new MissionRow(r.id(), r.companyId(), name, r.partnerId(), r.origin(), r.state(),
                    r.advisorName(), r.requestedAt(), r.scheduledOn(), r.heldOn(), r.actualDays(), r.themes(), r.deliveredAt(),
                    r.rating());
        }).toList();
    }

    private static String select() {
        return """
                select m.id, m.organisation_id, m.contact_email, m.partner_id, m.origin, m.state, m.advisor_name, m.requested_at,
                    m.scheduled_on, m.held_on, m.actual_days, m.themes, m.delivered_at, m.rating
                from mission m""";
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
        return new MissionRow(rs.getLong("id"), rs.getObject("organisation_id", Long.class), rs.getString("contact_email"),
                rs.getString("partner_id"), MissionOrigin.valueOf(rs.getString("origin")), MissionState.valueOf(rs.getString("state")),
                rs.getString("advisor_name"), rs.getTimestamp("requested_at").toInstant(),
                scheduled == null ? null : scheduled.toLocalDate(), held == null ? null : held.toLocalDate(),
                rs.getBigDecimal("actual_days"), MissionStore.splitThemes(rs.getString("themes")),
                delivered == null ? null : delivered.toInstant(), rs.getObject("rating", Integer.class));
    }
}
