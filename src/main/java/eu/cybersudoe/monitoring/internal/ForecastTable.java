package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.network.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The forecasts network admins set: {@code monitoring_forecast}. */
@Repository
class ForecastTable {

    private final JdbcClient jdbc;

    ForecastTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A partner's forecasts set by hand, by {@code indicator--semester}. */
    Map<String, BigDecimal> ofPartner(PartnerId partner) {
        Map<String, BigDecimal> set = new HashMap<>();
        jdbc.sql("select indicator_code, semester, amount from monitoring_forecast where partner_id = ?").param(partner.value())
                .query((rs, n) -> Map.entry(rs.getString(1) + "--" + rs.getInt(2), rs.getBigDecimal(3))).list()
                .forEach(e -> set.put(e.getKey(), e.getValue()));
        return set;
    }

    void put(String indicator, PartnerId partner, int semester, BigDecimal amount, long by, String byName, Instant at) {
        remove(indicator, partner, semester);
        jdbc.sql("""
                        insert into monitoring_forecast (indicator_code, partner_id, semester, amount, set_by, set_by_name, set_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(indicator, partner.value(), semester, amount, by, byName, Timestamp.from(at)).update();
    }

    void remove(String indicator, PartnerId partner, int semester) {
        jdbc.sql("delete from monitoring_forecast where indicator_code = ? and partner_id = ? and semester = ?")
                .params(indicator, partner.value(), semester).update();
    }
}
