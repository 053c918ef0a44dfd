package eu.cybersudoe.missions.internal;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyProfiles;
import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The mission indicators (MIS-1), counted in SQL up to the end of a day, for the partner a
 * mission belongs to (the one it was handed over to, if any):
 * <ul>
 *   <li>{@code missions-held}: missions whose day took place, not cancelled;</li>
 *   <li>{@code assistance-missions}: missions whose intervention report was delivered;</li>
 *   <li>{@code consultant-days}: the actual durations of those missions, added up;</li>
 *   <li>{@code companies-accompanied}: distinct companies among them;</li>
 *   <li>{@code missions-priority-targets}: the share (%) of them run for a micro company, a
 *       company of a priority sector or a young company created by a woman (the registry's flags);</li>
 *   <li>{@code missions-implemented}: among follow-ups answered, the share (%) saying all or part
 *       of the recommendations were implemented.</li>
 * </ul>
 */
@Component
public class MissionIndicators implements IndicatorSource {

    static final String HELD = "missions-held";
    static final String DELIVERED = "assistance-missions";
    static final String DAYS = "consultant-days";
    static final String COMPANIES = "companies-accompanied";
    static final String PRIORITY = "missions-priority-targets";
    static final String IMPLEMENTED = "missions-implemented";

    private static final String DELIVERED_ROWS = "from mission m where m.delivered_at is not null and m.delivered_at < :end";

    private final JdbcClient jdbc;
    private final CompanyProfiles companies;

    MissionIndicators(JdbcClient jdbc, CompanyProfiles companies) {
        this.jdbc = jdbc;
        this.companies = companies;
    }

    @Override
    public Set<String> indicators() {
        return Set.of(HELD, DELIVERED, DAYS, COMPANIES, PRIORITY, IMPLEMENTED);
    }

    @Override
    public Optional<BigDecimal> measure(String indicator, LocalDate until, Optional<PartnerId> partner) {
        return switch (indicator) {
            case HELD -> Optional.of(number("""
                    select count(*) from mission m where m.held_on is not null and m.held_on <= :day
                        and m.state <> 'CANCELLED'""", until, partner));
            case DELIVERED -> Optional.of(number("select count(*) " + DELIVERED_ROWS, until, partner));
            case DAYS -> Optional.of(plain(number("select coalesce(sum(m.actual_days), 0) " + DELIVERED_ROWS, until, partner)));
            case COMPANIES -> Optional.of(number("select count(distinct m.organisation_id) " + DELIVERED_ROWS, until, partner));
            case PRIORITY -> share(priorityTargetMissions(until, partner),
                    number("select count(*) " + DELIVERED_ROWS, until, partner));
            case IMPLEMENTED -> share(number("""
                    select count(*) from mission m where m.followed_up_at is not null and m.followed_up_at < :end
                        and (m.follow_up_answers like '%"IMPLEMENTED"%' or m.follow_up_answers like '%"PARTLY"%')""", until, partner),
                    number("select count(*) from mission m where m.followed_up_at is not null and m.followed_up_at < :end",
                            until, partner));
            default -> Optional.empty();
        };
    }

    private static Optional<BigDecimal> share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? Optional.empty()
                : Optional.of(plain(part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP)));
    }

    /** The value without trailing zeros after the decimal point, never in exponent form. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Delivered missions whose company is a priority target of the programme, as the registry knows it now. */
    private BigDecimal priorityTargetMissions(LocalDate until, Optional<PartnerId> partner) {
        List<CompanyId> served = statement("select m.organisation_id " + DELIVERED_ROWS + " and m.organisation_id is not null",
                until, partner).query(Long.class).list().stream().map(CompanyId::new).toList();
        Set<CompanyId> targets = companies.priorityTargets(served);
        return BigDecimal.valueOf(served.stream().filter(targets::contains).count());
    }

    private BigDecimal number(String sql, LocalDate until, Optional<PartnerId> partner) {
        BigDecimal value = statement(sql, until, partner).query(BigDecimal.class).single();
        return value == null ? BigDecimal.ZERO : value;
    }

    private JdbcClient.StatementSpec statement(String sql, LocalDate until, Optional<PartnerId> partner) {
        var statement = jdbc.sql(sql + (partner.isPresent() ? " and m.partner_id = :partner" : ""));
        if (sql.contains(":end")) {
            statement = statement.param("end", Timestamp.from(until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (sql.contains(":day")) {
            statement = statement.param("day", Date.valueOf(until));
        }
        if (partner.isPresent()) {
            statement = statement.param("partner", partner.get().value());
        }
        return statement;
    }
}
