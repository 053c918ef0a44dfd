package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.companies.PartnerCompanies;
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
 *   partner, those it brought;</li>
 *   <li>{@code newsletter-clicks} and {@code newsletter-opens}: copies with at least one click or
 *   opening (each event counts when tracking is not individual); for a partner, copies to the
 *   companies it brought (individual tracking only);</li>
 *   <li>{@code newsletter-click-rate}, {@code newsletter-open-rate}, {@code newsletter-unsubscribe-rate},
 *   {@code newsletter-bounce-rate}: those copies, the unsubscriptions, and the copies that bounced
 *   (hard or soft, complaints apart), as a percentage of the copies delivered.</li>
 * </ul>
 */
@Component
class NewsletterIndicators implements IndicatorSource {

    static final String ISSUED = "newsletters-issued";
    static final String SENDS = "newsletter-sends";
    static final String AWARE = "companies-made-aware";
    static final String CLICKS = "newsletter-clicks";
    static final String OPENS = "newsletter-opens";
    static final String CLICK_RATE = "newsletter-click-rate";
    static final String OPEN_RATE = "newsletter-open-rate";
    static final String UNSUBSCRIBE_RATE = "newsletter-unsubscribe-rate";
    static final String BOUNCE_RATE = "newsletter-bounce-rate";

    /** The copies to companies the partner brought, given by the registry as the {@code companies} array. */
    private static final String BROUGHT = " and s.company_id = any(:companies)";

    private final JdbcClient jdbc;
    private final Clock clock;

    private final PartnerCompanies partners;

    NewsletterIndicators(JdbcClient jdbc, Clock clock, PartnerCompanies partners) {
        this.partners = partners;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> indicators() {
        return Set.of(ISSUED, SENDS, AWARE, CLICKS, OPENS, CLICK_RATE, OPEN_RATE, UNSUBSCRIBE_RATE,
                BOUNCE_RATE);
    }

    @Override
    public Optional<BigDecimal> measure(String indicator, LocalDate until, Optional<PartnerId> partner) {
        Timestamp end = Timestamp.from(until.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        return switch (indicator) {
            case ISSUED -> partner.isPresent() ? Optional.empty() : count(jdbc.sql(
                    "select count(*) from newsletter_issue where state = 'SENT' and finished_at < :end").param("end", end));
            case SENDS -> delivered("count(*)", end, partner);
            case AWARE -> delivered("count(distinct s.company_id)", end, partner);
            case CLICKS -> readers("CLICK", end, partner);
            case OPENS -> readers("OPEN", end, partner);
            case CLICK_RATE -> rate(readers("CLICK", end, partner), end, partner);
            case OPEN_RATE -> rate(readers("OPEN", end, partner), end, partner);
            case UNSUBSCRIBE_RATE -> rate(unsubscribed(end, partner), end, partner);
            case BOUNCE_RATE -> rate(bounced(end, partner), end, partner);
            default -> Optional.empty();
        };
    }

    /** Copies with at least one event of the kind (an event each without individual tracking). */
    private Optional<BigDecimal> readers(String kind, Timestamp end, Optional<PartnerId> partner) {
        String sql = "select count(*) from (select distinct e.issue_id, coalesce(e.send_id, -e.id) as copy from "
                + "newsletter_event e" + (partner.isPresent() ? " join newsletter_send s on s.id = e.send_id" : "")
                + " where e.kind = :kind and e.at < :end" + (partner.isPresent() ? BROUGHT : "") + ") readers";
        var statement = jdbc.sql(sql).param("kind", kind).param("end", end);
        return count(partner.isPresent() ? brought(statement, partner.get()) : statement);
    }

    private Optional<BigDecimal> unsubscribed(Timestamp end, Optional<PartnerId> partner) {
        var statement = jdbc.sql("select count(*) from newsletter_unsubscribe u" + (partner.isPresent()
                        ? " join newsletter_send s on s.issue_id = u.issue_id and s.email_key = u.email_key" : "")
                        + " where u.created_at < :end" + (partner.isPresent() ? BROUGHT : "")).param("end", end);
        return count(partner.isPresent() ? brought(statement, partner.get()) : statement);
    }

    /** Copies that bounced (hard or soft), each once. */
    private Optional<BigDecimal> bounced(Timestamp end, Optional<PartnerId> partner) {
        var statement = jdbc.sql("select count(distinct b.send_id) from newsletter_bounce b"
                + (partner.isPresent() ? " join newsletter_send s on s.id = b.send_id" : "")
                + " where b.kind in ('HARD', 'SOFT') and b.send_id is not null and b.received_at < :end"
                + (partner.isPresent() ? BROUGHT : "")).param("end", end);
        return count(partner.isPresent() ? brought(statement, partner.get()) : statement);
    }

    /** The part as a percentage of the copies delivered, two decimals; none before any delivery. */
    private Optional<BigDecimal> rate(Optional<BigDecimal> part, Timestamp end, Optional<PartnerId> partner) {
        BigDecimal delivered = delivered("count(*)", end, partner).orElse(BigDecimal.ZERO);
        if (delivered.signum() == 0 || part.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(part.get().multiply(BigDecimal.valueOf(100)).divide(delivered, 2, java.math.RoundingMode.HALF_UP));
    }

    private Optional<BigDecimal> delivered(String what, Timestamp end, Optional<PartnerId> partner) {
        var statement = jdbc.sql("select " + what + " from newsletter_send s where s.state = 'DELIVERED' and s.finished_at < :end"
                + (partner.isPresent() ? BROUGHT : "")).param("end", end);
        return count(partner.isPresent() ? brought(statement, partner.get()) : statement);
    }

    private JdbcClient.StatementSpec brought(JdbcClient.StatementSpec statement, PartnerId partner) {
        return statement.param("companies", partners.broughtBy(partner.value()));
    }

    private static Optional<BigDecimal> count(JdbcClient.StatementSpec statement) {
        return Optional.of(BigDecimal.valueOf(statement.query(Long.class).single()));
    }
}
