package eu.cybersudoe.missions.internal;

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

    MissionIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
            case PRIORITY -> share(number("""
                    select count(*) from mission m join organisation o on o.id = m.organisation_id
                    where m.delivered_at is not null and m.delivered_at < :end
                        and (o.micro or o.priority_sector or o.young_woman_led)""", until, partner),
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

    private BigDecimal number(String sql, LocalDate until, Optional<PartnerId> partner) {
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
        BigDecimal value = statement.query(BigDecimal.class).single();
        return value == null ? BigDecimal.ZERO : value;
    }
}
