package eu.cybersudoe.committees.internal;

import eu.cybersudoe.monitoring.IndicatorSource;
import eu.cybersudoe.network.PartnerId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/**
 * The committees' indicators, as the catalogue defines them, counted up to the end of a day:
 * <ul>
 *   <li>{@code steering-committee-meetings}, {@code technical-committee-meetings}: the committee's
 *       physical meetings held whose minutes and attendance are recorded (network only);</li>
 *   <li>{@code committee-web-meetings}: the committees' web meetings held whose attendance is
 *       recorded (network only);</li>
 *   <li>{@code committee-attendance-rate}: among the invitations to the committees' meetings whose
 *       attendance is recorded, the share (%) of people who took part, in person or remotely; for a
 *       partner, the invitations of the people representing it.</li>
 * </ul>
 */
@Component
class CommitteeIndicators implements IndicatorSource {

    static final String STEERING = "steering-committee-meetings";
    static final String TECHNICAL = "technical-committee-meetings";
    static final String WEB = "committee-web-meetings";
    static final String ATTENDANCE = "committee-attendance-rate";

    private static final String HELD = """
            from committee_meeting m join committee_group g on g.id = m.group_id
            where m.starts_at < :end and m.attendance_recorded_at is not null""";

    private final JdbcClient jdbc;

    CommitteeIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> indicators() {
        return Set.of(STEERING, TECHNICAL, WEB, ATTENDANCE);
    }

    @Override
    public Optional<BigDecimal> measure(String indicator, LocalDate until, Optional<PartnerId> partner) {
        if (partner.isPresent() && !ATTENDANCE.equals(indicator)) {
            return Optional.empty();
        }
        return switch (indicator) {
            case STEERING -> Optional.of(count("select count(*) " + HELD + physical("STEERING"), until));
            case TECHNICAL -> Optional.of(count("select count(*) " + HELD + physical("TECHNICAL"), until));
            case WEB -> Optional.of(count("select count(*) " + HELD
                    + " and m.format = 'WEB' and g.kind in ('STEERING', 'TECHNICAL')", until));
            case ATTENDANCE -> attendanceRate(until, partner);
            default -> Optional.empty();
        };
    }

    private static String physical(String kind) {
        return " and m.format = 'PHYSICAL' and m.minutes_written_at is not null and g.kind = '" + kind + "'";
    }

    private Optional<BigDecimal> attendanceRate(LocalDate until, Optional<PartnerId> partner) {
        String invited = " from committee_invitation i join committee_meeting m on m.id = i.meeting_id "
                + "join committee_group g on g.id = m.group_id where m.starts_at < :end and m.attendance_recorded_at is not null "
                + "and g.kind in ('STEERING', 'TECHNICAL')" + (partner.isPresent() ? " and i.partner_id = :partner" : "");
        BigDecimal whole = count("select count(*)" + invited, until, partner);
        BigDecimal part = count("select count(*)" + invited + " and i.attended in ('PRESENT', 'REMOTE')", until, partner);
        if (whole.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal share = part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP).stripTrailingZeros();
        return Optional.of(share.scale() < 0 ? share.setScale(0) : share);
    }

    private BigDecimal count(String sql, LocalDate until) {
        return count(sql, until, Optional.empty());
    }

    private BigDecimal count(String sql, LocalDate until, Optional<PartnerId> partner) {
        var statement = jdbc.sql(sql).param("end", Timestamp.from(until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        if (partner.isPresent()) {
            statement = statement.param("partner", partner.get().value());
        }
        return BigDecimal.valueOf(statement.query(Long.class).single());
    }
}
