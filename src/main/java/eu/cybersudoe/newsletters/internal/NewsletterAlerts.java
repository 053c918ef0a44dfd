package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.monitoring.AlertSeverity;
import eu.cybersudoe.monitoring.AlertSource;
import eu.cybersudoe.monitoring.AlertTexts;
import eu.cybersudoe.monitoring.RaisedAlert;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The newsletter's alert {@code newsletter-issue-late}: an issue whose planned day has passed and
 * that is not launched yet (still being written, approved or scheduled), for the whole network (the
 * newsletter is the network's); a warning, critical a month after the planned day.
 */
@Component
class NewsletterAlerts implements AlertSource {

    static final String RULE = "newsletter-issue-late";

    private final JdbcClient jdbc;
    private final MessageSource messages;

    NewsletterAlerts(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public List<RaisedAlert> alertsOn(LocalDate day) {
        return jdbc.sql("""
                        select id, number, planned_on from newsletter_issue
                        where planned_on < ? and state in ('DRAFT', 'APPROVED', 'SCHEDULED')
                        order by planned_on, id""")
                .param(Date.valueOf(day))
                .query((rs, n) -> {
                    LocalDate planned = rs.getDate("planned_on").toLocalDate();
                    int number = rs.getInt("number");
                    return new RaisedAlert(RULE, "issue-" + rs.getLong("id"), Optional.empty(),
                            planned.isBefore(day.minusDays(30)) ? AlertSeverity.CRITICAL : AlertSeverity.WARNING,
                            AlertTexts.of(messages, "newsletters.alert.late",
                                    language -> new Object[]{String.valueOf(number), AlertTexts.date(planned, language)}));
                }).list();
    }
}
