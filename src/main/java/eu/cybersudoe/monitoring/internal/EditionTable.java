package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.Edition;
import eu.cybersudoe.monitoring.Measurement;
import eu.cybersudoe.network.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The semester editions: {@code monitoring_edition} and {@code monitoring_edition_value}. Rows are
 * only ever inserted: nothing here updates or deletes an edition.
 */
@Repository
class EditionTable {

    /** The scope of the network's values. */
    static final String NETWORK = "*";

    /**
     * A frozen value of one indicator for one scope.
     *
     * @param indicator the indicator's code
     * @param scope     {@link #NETWORK} or a partner id
     * @param value     the value, or why there is none
     * @param target    the target in force when frozen, or null
     */
    record Value(String indicator, String scope, Measurement value, BigDecimal target) {
    }

    private final JdbcClient jdbc;

    EditionTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String scope(Optional<PartnerId> partner) {
        return partner.map(PartnerId::value).orElse(NETWORK);
    }

    /** Inserts an edition with its values, as the given revision (the unique key refuses a second one). */
    Edition insert(int semester, int revision, LocalDate asOf, String reason, long closedBy, String closedByName,
                   Instant closedAt, List<Value> values) {
        jdbc.sql("""
                        insert into monitoring_edition (semester, revision, as_of, reason, closed_by, closed_by_name, closed_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(semester, revision, asOf, reason, closedBy, closedByName, Timestamp.from(closedAt)).update();
        Edition edition = find(semester, revision).orElseThrow();
        for (Value value : values) {
            jdbc.sql("""
                            insert into monitoring_edition_value (edition_id, indicator_code, scope, status, amount, target)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(edition.id(), value.indicator(), value.scope(), value.value().status().name(),
                            value.value().value(), value.target())
                    .update();
        }
        return edition;
    }

    /** The highest revision of a semester, 0 while it is not closed. */
    int lastRevision(int semester) {
        return jdbc.sql("select coalesce(max(revision), 0) from monitoring_edition where semester = ?")
                .param(semester).query(Integer.class).single();
    }

    Optional<Edition> find(int semester, int revision) {
        return jdbc.sql("select * from monitoring_edition where semester = ? and revision = ?")
                .params(semester, revision).query(EditionTable::edition).optional();
    }

    /** Every revision of a semester, the first first. */
    List<Edition> revisions(int semester) {
        return jdbc.sql("select * from monitoring_edition where semester = ? order by revision")
                .param(semester).query(EditionTable::edition).list();
    }

    /** The latest revision of every closed semester, in semester order. */
    List<Edition> latest() {
        return jdbc.sql("""
                        select e.* from monitoring_edition e
                        where e.revision = (select max(l.revision) from monitoring_edition l where l.semester = e.semester)
                        order by e.semester""")
                .query(EditionTable::edition).list();
    }

    /** The values of an edition for one scope, by indicator code. */
    Map<String, Value> values(long edition, String scope) {
        Map<String, Value> values = new HashMap<>();
        jdbc.sql("select * from monitoring_edition_value where edition_id = ? and scope = ?")
                .params(edition, scope).query(EditionTable::value).list()
                .forEach(v -> values.put(v.indicator(), v));
        return values;
    }

    /** The measured values of several editions for one scope: edition id, then indicator code. */
    Map<Long, Map<String, BigDecimal>> measured(List<Long> editions, String scope) {
        Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
        if (editions.isEmpty()) {
            return values;
        }
        List<Object> params = new ArrayList<>(editions);
        params.add(scope);
        String marks = String.join(", ", editions.stream().map(e -> "?").toList());
        jdbc.sql("select edition_id, indicator_code, amount from monitoring_edition_value where edition_id in (" + marks
                        + ") and scope = ? and status = 'MEASURED'")
                .params(params)
                .query((rs, n) -> values.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), plain(rs.getBigDecimal(3))))
                .list();
        return values;
    }

    private static Edition edition(ResultSet rs, int n) throws SQLException {
        return new Edition(rs.getLong("id"), rs.getInt("semester"), rs.getInt("revision"),
                rs.getObject("as_of", LocalDate.class), rs.getString("reason"), rs.getLong("closed_by"),
                rs.getString("closed_by_name"), rs.getTimestamp("closed_at").toInstant());
    }

    private static Value value(ResultSet rs, int n) throws SQLException {
        Measurement.Status status = Measurement.Status.valueOf(rs.getString("status"));
        Measurement measurement = status == Measurement.Status.MEASURED
                ? Measurement.of(plain(rs.getBigDecimal("amount")))
                : new Measurement(status, null);
        BigDecimal target = rs.getBigDecimal("target");
        return new Value(rs.getString("indicator_code"), rs.getString("scope"), measurement,
                plain(target));
    }

    /** A stored number without the column's trailing zeros: 45 rather than 45.0000. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
