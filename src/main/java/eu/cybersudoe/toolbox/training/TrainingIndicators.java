package eu.cybersudoe.toolbox.training;

import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What the training measures, as the catalogue defines it:
 * <ul>
 *   <li>{@value #MANAGERS}: people of the partners' staff whose attendance is recorded at every module
 *   of a programme by the day, each counted once, for the partner that employed them then;</li>
 *   <li>{@value #RELAYS}: people the trained managers trained as local relays, the sum of the people
 *   counted in the relay sessions held by the day, for the trained manager's partner.</li>
 * </ul>
 */
@Component
class TrainingIndicators implements IndicatorSource {

    static final String MANAGERS = "project-managers-trained";
    static final String RELAYS = "relays-trained";

    private final JdbcClient jdbc;

    TrainingIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> indicators() {
        return Set.of(MANAGERS, RELAYS);
    }

    @Override
    public Optional<BigDecimal> measure(String indicator, LocalDate until, Optional<PartnerId> partner) {
        return switch (indicator) {
            case MANAGERS -> Optional.of(BigDecimal.valueOf(managersTrained(until, partner)));
            case RELAYS -> Optional.of(BigDecimal.valueOf(relaysTrained(until, partner)));
            default -> Optional.empty();
        };
    }

    long managersTrained(LocalDate until, Optional<PartnerId> partner) {
        String sql = """
                select count(distinct t.account_id) from (
                    select a.account_id, m.programme_id from training_attendance a
                    join training_module m on m.id = a.module_id
                    where a.attended_on <= :until""" + (partner.isPresent() ? " and a.partner_id = :partner" : "") + """

                    group by a.account_id, m.programme_id
                    having count(*) = (select count(*) from training_module x where x.programme_id = m.programme_id)) t""";
        return count(sql, until, partner);
    }

    long relaysTrained(LocalDate until, Optional<PartnerId> partner) {
        String sql = "select coalesce(sum(people_count), 0) from training_relay_session where held_on <= :until"
                + (partner.isPresent() ? " and partner_id = :partner" : "");
        return count(sql, until, partner);
    }

    private long count(String sql, LocalDate until, Optional<PartnerId> partner) {
        var statement = jdbc.sql(sql).param("until", Date.valueOf(until));
        return (partner.isPresent() ? statement.param("partner", partner.get().value()) : statement).query(Long.class).single();
    }
}
