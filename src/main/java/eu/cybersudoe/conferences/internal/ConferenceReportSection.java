package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.monitoring.ReportSection;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedTextConverter;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * The conferences' section of a progress report: the conferences a partner organised or
 * co-organised (every conference, for the network) that started during the semester, cancelled
 * ones left out, with their kind, state and the companies present.
 */
@Component
class ConferenceReportSection implements ReportSection {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    ConferenceReportSection(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Content> write(Semester semester, Optional<PartnerId> partner, Language language) {
        var statement = jdbc.sql("""
                        select c.starts_at, c.time_zone, c.title, c.kind, c.status,
                            (select count(distinct r.organisation_id) from conference_registration r
                             where r.conference_id = c.id and r.checked_in_at is not null) as present
                        from conference c
                        where c.status <> 'CANCELLED' and c.starts_at >= :start and c.starts_at < :end"""
                        + (partner.isPresent() ? " and (c.partner_id = :partner or c.co_organisers like :coOrganiser)" : "")
                        + " order by c.starts_at, c.id")
                .param("start", Timestamp.from(semester.start().atStartOfDay(ZoneId.of("UTC")).toInstant()))
                .param("end", Timestamp.from(semester.end().plusDays(1).atStartOfDay(ZoneId.of("UTC")).toInstant()));
        if (partner.isPresent()) {
            statement = statement.param("partner", partner.get().value()).param("coOrganiser", "%," + partner.get().value() + ",%");
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale());
        List<List<String>> rows = statement.query((rs, n) -> List.of(
                rs.getTimestamp("starts_at").toInstant().atZone(ZoneId.of(rs.getString("time_zone"))).toLocalDate().format(dates),
                LocalizedTextConverter.fromJson(rs.getString("title")).in(language).text(),
                t(language, "conferences.kind." + rs.getString("kind")),
                t(language, "conferences.status." + rs.getString("status")),
                String.valueOf(rs.getLong("present")))).list();
        return Optional.of(new Content(t(language, "conferences.reportSection.title"),
                t(language, "conferences.reportSection.summary", rows.size()),
                List.of(t(language, "conferences.reportSection.date"), t(language, "conferences.reportSection.conference"),
                        t(language, "conferences.reportSection.kind"), t(language, "conferences.reportSection.status"),
                        t(language, "conferences.reportSection.companies")),
                rows));
    }

    private String t(Language language, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, language.locale());
    }
}
