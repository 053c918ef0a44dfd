package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.EvaluationRefused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The strategic steering committee's adoptions of the monitoring rules (the practical guide of MON-1):
 * each version adopted on a date, recorded by a network admin. The guide pages show the latest.
 */
@Service
public class RulesAdoptions {

    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,19}");

    /** An adoption. */
    public record Adoption(String version, LocalDate adoptedOn, String recordedByName, Instant recordedAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    RulesAdoptions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that the steering committee adopted a version of the rules on a day.
     *
     * @throws EvaluationRefused when the version is not a short code, the day is missing or in the future, or that
     *                           version's adoption is already recorded
     */
    @Transactional
    public Adoption record(String version, LocalDate adoptedOn, long accountId, String name) {
        String v = version == null ? "" : version.strip();
        if (!VERSION.matcher(v).matches()) {
            throw new EvaluationRefused("evaluation.adoption.refused.version");
        }
        if (adoptedOn == null || adoptedOn.isAfter(LocalDate.now(clock))) {
            throw new EvaluationRefused("evaluation.adoption.refused.date");
        }
        if (jdbc.sql("select count(*) from monitoring_rules_adoption where version = ?").param(v).query(Integer.class).single() > 0) {
            throw new EvaluationRefused("evaluation.adoption.refused.recorded");
        }
        try {
            jdbc.sql("""
                            insert into monitoring_rules_adoption (version, adopted_on, recorded_by, recorded_by_name, recorded_at)
                            values (?, ?, ?, ?, ?)""")
                    .params(v, Date.valueOf(adoptedOn), accountId, name, Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException raced) {
            throw new EvaluationRefused("evaluation.adoption.refused.recorded");
        }
        return all().stream().filter(a -> a.version().equals(v)).findFirst().orElseThrow();
    }

    /** Every adoption, the latest adopted first. */
    public List<Adoption> all() {
        return jdbc.sql("""
                        select version, adopted_on, recorded_by_name, recorded_at from monitoring_rules_adoption
                        order by adopted_on desc, id desc""")
                .query((rs, n) -> new Adoption(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    public Optional<Adoption> latest() {
        return all().stream().findFirst();
    }
}
