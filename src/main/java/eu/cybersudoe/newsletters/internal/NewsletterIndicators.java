package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The newsletter's indicators, counted from the send records, cumulative up to the end of a day:
 * <ul>
 *   <li>{@code newsletters-issued}: issues sent (all their records have a result), for the
 *   network only;</li>
 *   <li>{@code newsletter-sends}: copies delivered (accepted by the relay); for a partner, those to
 *   contacts of companies the partner brought to the registry;</li>
 *   <li>{@code companies-made-aware}: distinct companies with at least one delivered copy; for a
 *   partner, those it brought.</li>
 * </ul>
 */
@Component
class NewsletterIndicators implements IndicatorSource {

    static final String ISSUED = "newsletters-issued";
    static final String SENDS = "newsletter-sends";
    static final String AWARE = "companies-made-aware";

    private static final String BROUGHT = " and exists (select 1 from organisation_partner p where p.organisation_id = "
            + "s.company_id and p.partner_id = :partner and p.relation = 'BROUGHT')";

    private final JdbcClient jdbc;
    private final Clock clock;

    NewsletterIndicators(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> indicators() {
        return Set.of(ISSUED, SENDS, AWARE);
    }

    @Override
    public Optional<BigDecimal> measure(String indicator, LocalDate until, Optional<PartnerId> partner) {
        Timestamp end = Timestamp.from(until.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        return switch (indicator) {
            case ISSUED -> partner.isPresent() ? Optional.empty() : count(jdbc.sql(
                    "select count(*) from newsletter_issue where state = 'SENT' and finished_at < :end").param("end", end));
            case SENDS -> delivered("count(*)", end, partner);
            case AWARE -> delivered("count(distinct s.company_id)", end, partner);
            default -> Optional.empty();
        };
    }

    private Optional<BigDecimal> delivered(String what, Timestamp end, Optional<PartnerId> partner) {
        var statement = jdbc.sql("select " + what + " from newsletter_send s where s.state = 'DELIVERED' and s.finished_at < :end"
                + (partner.isPresent() ? BROUGHT : "")).param("end", end);
        return count(partner.isPresent() ? statement.param("partner", partner.get().value()) : statement);
    }

    private static Optional<BigDecimal> count(JdbcClient.StatementSpec statement) {
        return Optional.of(BigDecimal.valueOf(statement.query(Long.class).single()));
    }
}
