package eu.cybersudoe.missions.internal;

import eu.cybersudoe.monitoring.AlertSeverity;
import eu.cybersudoe.monitoring.AlertSource;
import eu.cybersudoe.monitoring.AlertTexts;
import eu.cybersudoe.monitoring.RaisedAlert;
import eu.cybersudoe.network.PartnerId;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The missions' alert {@code mission-without-report}: a mission held more than
 * {@value #DAYS_ALLOWED} days before the day whose intervention report is not delivered yet (not
 * cancelled or declined), for the partner the mission belongs to; a warning, critical after twice
 * as long.
 */
@Component
class MissionAlerts implements AlertSource {

    static final String RULE = "mission-without-report";
    static final int DAYS_ALLOWED = 30;

    private final JdbcClient jdbc;
    private final MessageSource messages;

    MissionAlerts(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public List<RaisedAlert> alertsOn(LocalDate day) {
        return jdbc.sql("""
                        select id, partner_id, held_on from mission
                        where held_on is not null and held_on < ? and delivered_at is null
                          and state not in ('CANCELLED', 'DECLINED')
                        order by held_on, id""")
                .param(Date.valueOf(day.minusDays(DAYS_ALLOWED)))
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    LocalDate held = rs.getDate("held_on").toLocalDate();
                    long days = ChronoUnit.DAYS.between(held, day);
                    return new RaisedAlert(RULE, "mission-" + id, Optional.of(new PartnerId(rs.getString("partner_id"))),
                            days > 2L * DAYS_ALLOWED ? AlertSeverity.CRITICAL : AlertSeverity.WARNING,
                            AlertTexts.of(messages, "missions.alert.noReport",
                                    language -> new Object[]{String.valueOf(id), AlertTexts.date(held, language), days}));
                }).list();
    }
}
