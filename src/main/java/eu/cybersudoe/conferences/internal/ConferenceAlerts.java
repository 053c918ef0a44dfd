package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.monitoring.AlertSeverity;
import eu.cybersudoe.monitoring.AlertSource;
import eu.cybersudoe.monitoring.AlertTexts;
import eu.cybersudoe.monitoring.RaisedAlert;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.LocalizedTextConverter;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The conferences' alert {@code conference-few-companies}: an awareness conference held by the day
 * (closed with people checked in, as the indicators count it) where fewer than
 * {@link ConferenceIndicators#EXPECTED_COMPANIES} distinct companies were present, for its
 * organising partner; a warning under half of them, else a notice.
 */
@Component
class ConferenceAlerts implements AlertSource {

    static final String RULE = "conference-few-companies";

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ConferenceAlerts(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public List<RaisedAlert> alertsOn(LocalDate day) {
        return jdbc.sql("""
                        select c.id, c.partner_id, c.title, c.starts_at, c.time_zone, count(distinct r.organisation_id) companies
                        from conference c join conference_registration r on r.conference_id = c.id
                        where c.status = 'CLOSED' and c.kind in %s and r.checked_in_at is not null and c.starts_at < :end
                        group by c.id, c.partner_id, c.title, c.starts_at, c.time_zone
                        having count(distinct r.organisation_id) < :expected
                        order by c.starts_at, c.id""".formatted(ConferenceIndicators.KINDS))
                .param("end", Timestamp.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .param("expected", ConferenceIndicators.EXPECTED_COMPANIES)
                .query((rs, n) -> {
                    long companies = rs.getLong("companies");
                    LocalizedText title = LocalizedTextConverter.fromJson(rs.getString("title"));
                    LocalDate held = rs.getTimestamp("starts_at").toInstant().atZone(ZoneId.of(rs.getString("time_zone"))).toLocalDate();
                    return new RaisedAlert(RULE, "conference-" + rs.getLong("id"), Optional.of(new PartnerId(rs.getString("partner_id"))),
                            companies * 2 < ConferenceIndicators.EXPECTED_COMPANIES ? AlertSeverity.WARNING : AlertSeverity.NOTICE,
                            AlertTexts.of(messages, "conferences.alert.fewCompanies", language -> new Object[]{
                                    title.in(language).text(), AlertTexts.date(held, language), companies,
                                    ConferenceIndicators.EXPECTED_COMPANIES}));
                }).list();
    }
}
