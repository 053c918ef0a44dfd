package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.conferences.ConferenceKind;
import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The conference indicators, counted in SQL up to the end of a day. A conference is held once
 * it is closed with at least one person checked in, and counts for its organising partner on the
 * day it started; only awareness conferences and workshops count (the seminars and press
 * conferences of the project are not awareness actions).
 * <ul>
 *   <li>{@code conferences-held}: conferences held;</li>
 *   <li>{@code conference-attendances}: distinct companies present, per conference held, added up;</li>
 *   <li>{@code companies-attended}: distinct companies present at one conference held at least;</li>
 *   <li>{@code companies-per-conference}: attendances divided by conferences held;</li>
 *   <li>{@code conference-participants}: people present at conferences held.</li>
 * </ul>
 */
@Component
public class ConferenceIndicators implements IndicatorSource {

    static final String HELD = "conferences-held";
    static final String ATTENDANCES = "conference-attendances";
    static final String COMPANIES = "companies-attended";
    static final String PER_CONFERENCE = "companies-per-conference";
    static final String PARTICIPANTS = "conference-participants";

    /** Conferences under this many companies are flagged. */
    public static final int EXPECTED_COMPANIES = 15;

    static final String KINDS = Arrays.stream(ConferenceKind.values()).filter(ConferenceKind::awareness)
            .map(k -> "'" + k.name() + "'").collect(Collectors.joining(", ", "(", ")"));

    private static final String HELD_ROWS = """
            from conference_registration r join conference c on c.id = r.conference_id
            where c.status = 'CLOSED' and c.kind in %s and r.checked_in_at is not null and c.starts_at < :end""".formatted(KINDS);

    private final JdbcClient jdbc;

    ConferenceIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> indicators() {
        return Set.of(HELD, ATTENDANCES, COMPANIES, PER_CONFERENCE, PARTICIPANTS);
    }

    @Override
    public Optional<BigDecimal> measure(String indicator, LocalDate until, Optional<PartnerId> partner) {
        return switch (indicator) {
            case HELD -> Optional.of(BigDecimal.valueOf(count("count(distinct c.id)", until, partner)));
            case ATTENDANCES -> Optional.of(BigDecimal.valueOf(attendances(until, partner)));
            case COMPANIES -> Optional.of(BigDecimal.valueOf(count("count(distinct r.organisation_id)", until, partner)));
            case PARTICIPANTS -> Optional.of(BigDecimal.valueOf(count("count(*)", until, partner)));
            case PER_CONFERENCE -> {
                long held = count("count(distinct c.id)", until, partner);
                yield held == 0 ? Optional.empty()
                        : Optional.of(BigDecimal.valueOf(attendances(until, partner)).divide(BigDecimal.valueOf(held), 1, RoundingMode.HALF_UP));
            }
            default -> Optional.empty();
        };
    }

    private long attendances(LocalDate until, Optional<PartnerId> partner) {
        String sql = "select count(*) from (select distinct c.id, r.organisation_id " + HELD_ROWS + partnerClause(partner) + ") a";
        return query(sql, until, partner);
    }

    private long count(String what, LocalDate until, Optional<PartnerId> partner) {
        return query("select " + what + " " + HELD_ROWS + partnerClause(partner), until, partner);
    }

    private static String partnerClause(Optional<PartnerId> partner) {
        return partner.isPresent() ? " and c.partner_id = :partner" : "";
    }

    private long query(String sql, LocalDate until, Optional<PartnerId> partner) {
        var statement = jdbc.sql(sql).param("end", Timestamp.from(until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        if (partner.isPresent()) {
            statement = statement.param("partner", partner.get().value());
        }
        return statement.query(Long.class).single();
    }

    /**
     * Conferences held per theme code, for a partner (organising) or the whole network (null).
     * A conference of two themes counts for each.
     */
    public Map<String, Long> heldPerTheme(String partner) {
        String sql = "select distinct c.id, c.themes " + HELD_ROWS.replace(" and c.starts_at < :end", "")
                + (partner == null ? "" : " and c.partner_id = :partner");
        var statement = jdbc.sql(sql);
        if (partner != null) {
            statement = statement.param("partner", partner);
        }
        Map<String, Long> counts = new java.util.TreeMap<>();
        statement.query((rs, n) -> rs.getString("themes")).list()
                .forEach(themes -> Lists.split(themes).forEach(theme -> counts.merge(theme, 1L, Long::sum)));
        return counts;
    }

    /** The companies present at each conference: checked-in people's distinct companies. */
    public Map<Long, Long> companiesPresent(java.util.Collection<Long> conferenceIds) {
        if (conferenceIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select conference_id, count(distinct organisation_id) from conference_registration
                        where checked_in_at is not null and conference_id in (:ids) group by conference_id""")
                .param("ids", conferenceIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
