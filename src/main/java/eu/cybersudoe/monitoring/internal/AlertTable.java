package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.Alert;
import eu.cybersudoe.monitoring.AlertSeverity;
import eu.cybersudoe.monitoring.Alerts;
import eu.cybersudoe.monitoring.RaisedAlert;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.LocalizedTextConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The alerts kept and their moves: {@code monitoring_alert}, {@code monitoring_alert_change}, {@code monitoring_alert_round}. */
@Repository
class AlertTable {

    private final JdbcClient jdbc;

    AlertTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String key(String rule, String subject) {
        return rule + "/" + subject;
    }

    Optional<Alert> find(long id) {
        return jdbc.sql("select * from monitoring_alert where id = ?").param(id).query(AlertTable::alert).optional();
    }

    Optional<Alert> open(String rule, String subject) {
        return jdbc.sql("select * from monitoring_alert where open_key = ?").param(key(rule, subject))
                .query(AlertTable::alert).optional();
    }

    /** The last alert kept for a rule and subject, whatever its state. */
    Optional<Alert> latest(String rule, String subject) {
        return jdbc.sql("select * from monitoring_alert where rule = ? and subject = ? order by id desc limit 1")
                .params(rule, subject).query(AlertTable::alert).optional();
    }

    /** The alerts not resolved that a source raised, with the key of each. */
    List<Alert> unresolvedOf(String source) {
        return jdbc.sql("select * from monitoring_alert where source = ? and state <> 'RESOLVED'").param(source)
                .query(AlertTable::alert).list();
    }

    List<Alert> list(Alerts.Filter filter) {
        StringBuilder sql = new StringBuilder("select * from monitoring_alert where 1 = 1");
        List<Object> params = new ArrayList<>();
        filter.partner().ifPresent(p -> {
            sql.append(" and partner_id = ?");
            params.add(p.value());
        });
        filter.state().ifPresent(s -> {
            sql.append(" and state = ?");
            params.add(s.name());
        });
        filter.severity().ifPresent(s -> {
            sql.append(" and severity = ?");
            params.add(s.name());
        });
        sql.append(" order by case severity when 'CRITICAL' then 0 when 'WARNING' then 1 else 2 end, raised_on, id");
        return jdbc.sql(sql.toString()).params(params).query(AlertTable::alert).list();
    }

    long insert(String source, RaisedAlert raised, LocalDate day) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into monitoring_alert (source, rule, subject, open_key, partner_id, severity, explanation, state,
                                                      raised_on, last_seen_on)
                        values (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(source, raised.rule(), raised.subject(), key(raised.rule(), raised.subject()),
                        raised.partner().map(PartnerId::value).orElse(null), raised.severity().name(),
                        LocalizedTextConverter.toJson(raised.explanation()), Date.valueOf(day), Date.valueOf(day))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** A raised alert found again: its severity and explanation are the latest check's. */
    void refresh(long id, RaisedAlert raised, LocalDate day) {
        jdbc.sql("update monitoring_alert set severity = ?, explanation = ?, last_seen_on = ? where id = ?")
                .params(raised.severity().name(), LocalizedTextConverter.toJson(raised.explanation()), Date.valueOf(day), id)
                .update();
    }

    /** Moves an alert from the state it was read in; false when someone moved it meanwhile. */
    boolean move(long id, Alert.State from, Alert.State to) {
        return to == Alert.State.RESOLVED
                ? jdbc.sql("update monitoring_alert set state = ?, open_key = null where id = ? and state = ?")
                .params(to.name(), id, from.name()).update() == 1
                : jdbc.sql("update monitoring_alert set state = ? where id = ? and state = ?")
                .params(to.name(), id, from.name()).update() == 1;
    }

    void change(long id, Alert.State state, String comment, Long by, String byName, Instant at) {
        jdbc.sql("insert into monitoring_alert_change (alert_id, state, comment, by_id, by_name, changed_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, state.name(), comment, by, byName, Timestamp.from(at)).update();
    }

    List<Alerts.Change> history(long id) {
        return jdbc.sql("select * from monitoring_alert_change where alert_id = ? order by changed_at, id").param(id)
                .query((rs, n) -> new Alerts.Change(Alert.State.valueOf(rs.getString("state")), rs.getString("comment"),
                        rs.getString("by_name"), rs.getTimestamp("changed_at").toInstant())).list();
    }

    /** Records a round (a day's check, a week's digest); false when it was already done. */
    boolean claimRound(String kind, LocalDate day, Instant at) {
        return jdbc.sql("insert into monitoring_alert_round (kind, round_on, done_at) values (?, ?, ?) on conflict do nothing")
                .params(kind, Date.valueOf(day), Timestamp.from(at)).update() == 1;
    }

    private static Alert alert(ResultSet rs, int n) throws SQLException {
        return new Alert(rs.getLong("id"), rs.getString("rule"), rs.getString("subject"),
                Optional.ofNullable(rs.getString("partner_id")).map(PartnerId::new), AlertSeverity.valueOf(rs.getString("severity")),
                LocalizedTextConverter.fromJson(rs.getString("explanation")), Alert.State.valueOf(rs.getString("state")),
                rs.getDate("raised_on").toLocalDate(), rs.getDate("last_seen_on").toLocalDate());
    }
}
