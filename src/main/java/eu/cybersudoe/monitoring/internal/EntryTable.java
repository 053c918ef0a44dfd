package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.IndicatorEntries.Entry;
import eu.cybersudoe.monitoring.IndicatorEntries.Evidence;
import eu.cybersudoe.monitoring.IndicatorEntries.State;
import eu.cybersudoe.network.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Hand-entered values: {@code monitoring_entry} and {@code monitoring_entry_evidence}. */
@Repository
class EntryTable {

    private final JdbcClient jdbc;

    EntryTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Entry> find(long id) {
        return jdbc.sql("select * from monitoring_entry where id = ?").param(id).query(EntryTable::entry).optional();
    }

    Optional<Entry> find(String indicator, PartnerId partner, int semester) {
        return jdbc.sql("select * from monitoring_entry where indicator_code = ? and partner_id = ? and semester = ?")
                .params(indicator, partner.value(), semester).query(EntryTable::entry).optional();
    }

    List<Entry> ofPartner(PartnerId partner, int semester) {
        return jdbc.sql("select * from monitoring_entry where partner_id = ? and semester = ? order by indicator_code")
                .params(partner.value(), semester).query(EntryTable::entry).list();
    }

    List<Entry> inState(State state) {
        return jdbc.sql("select * from monitoring_entry where state = ? order by entered_at, id")
                .param(state.name()).query(EntryTable::entry).list();
    }

    List<Entry> ofIndicator(String indicator) {
        return jdbc.sql("select * from monitoring_entry where indicator_code = ? order by semester desc, partner_id")
                .param(indicator).query(EntryTable::entry).list();
    }

    /** The sum of the validated values of the semesters given, for one partner or all; empty when none is validated. */
    Optional<BigDecimal> validatedSum(String indicator, List<Integer> semesters, Optional<PartnerId> partner) {
        if (semesters.isEmpty()) {
            return Optional.empty();
        }
        String marks = String.join(", ", semesters.stream().map(s -> "?").toList());
        List<Object> params = new java.util.ArrayList<>();
        params.add(indicator);
        params.addAll(semesters);
        partner.ifPresent(p -> params.add(p.value()));
        return jdbc.sql("select sum(amount) from monitoring_entry where state = 'VALIDATED' and indicator_code = ? and semester in ("
                        + marks + ")" + (partner.isPresent() ? " and partner_id = ?" : ""))
                .params(params).query(BigDecimal.class).optional().map(EditionTable::plain);
    }

    /** Whether any value of the indicator was ever validated. */
    boolean anyValidated(String indicator) {
        return jdbc.sql("select count(*) from monitoring_entry where state = 'VALIDATED' and indicator_code = ?")
                .param(indicator).query(Long.class).single() > 0;
    }

    long insert(String indicator, PartnerId partner, int semester, BigDecimal value, String comment, long by, String byName,
                Instant at) {
        jdbc.sql("""
                        insert into monitoring_entry (indicator_code, partner_id, semester, amount, comment, state,
                            entered_by, entered_by_name, entered_at)
                        values (?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?)""")
                .params(indicator, partner.value(), semester, value, comment, by, byName, Timestamp.from(at)).update();
        return find(indicator, partner, semester).orElseThrow().id();
    }

    /** Enters a value again over a submitted or returned entry; never over a validated one. */
    boolean resubmit(long id, BigDecimal value, String comment, long by, String byName, Instant at) {
        return jdbc.sql("""
                        update monitoring_entry set amount = ?, comment = ?, state = 'SUBMITTED', entered_by = ?,
                            entered_by_name = ?, entered_at = ?, decided_by = null, decided_by_name = null,
                            decided_at = null, decision_comment = null
                        where id = ? and state <> 'VALIDATED'""")
                .params(value, comment, by, byName, Timestamp.from(at), id).update() == 1;
    }

    /** Decides a submitted entry, unless someone decided it first or the decider entered it. */
    boolean decide(long id, State state, long by, String byName, Instant at, String comment) {
        return jdbc.sql("""
                        update monitoring_entry set state = ?, decided_by = ?, decided_by_name = ?, decided_at = ?,
                            decision_comment = ?
                        where id = ? and state = 'SUBMITTED' and entered_by <> ?""")
                .params(state.name(), by, byName, Timestamp.from(at), comment, id, by).update() == 1;
    }

    void addEvidence(long entry, String key, String fileName, Instant at) {
        jdbc.sql("insert into monitoring_entry_evidence (entry_id, file_key, file_name, added_at) values (?, ?, ?, ?)")
                .params(entry, key, fileName, Timestamp.from(at)).update();
    }

    List<Evidence> evidence(long entry) {
        return jdbc.sql("select id, file_name, added_at from monitoring_entry_evidence where entry_id = ? order by id")
                .param(entry)
                .query((rs, n) -> new Evidence(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant())).list();
    }

    Optional<String> evidenceKey(long entry, long evidence) {
        return jdbc.sql("select file_key from monitoring_entry_evidence where entry_id = ? and id = ?")
                .params(entry, evidence).query(String.class).optional();
    }

    private static Entry entry(ResultSet rs, int n) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        long decidedBy = rs.getLong("decided_by");
        Long decider = rs.wasNull() ? null : decidedBy;
        return new Entry(rs.getLong("id"), rs.getString("indicator_code"), new PartnerId(rs.getString("partner_id")),
                rs.getInt("semester"), EditionTable.plain(rs.getBigDecimal("amount")), rs.getString("comment"),
                State.valueOf(rs.getString("state")), rs.getLong("entered_by"), rs.getString("entered_by_name"),
                rs.getTimestamp("entered_at").toInstant(), decider, rs.getString("decided_by_name"),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getString("decision_comment"));
    }
}
