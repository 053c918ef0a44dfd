package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.companies.PartnerCompanies;
import eu.cybersudoe.monitoring.ReportSection;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * The newsletter's section of a progress report: the issues whose sending finished during the
 * semester, with their subject in the report's language (else French) and the copies delivered: all
 * of them for the network, those to the companies a partner brought for that partner.
 */
@Component
class NewsletterReportSection implements ReportSection {

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final PartnerCompanies partners;
    private final Clock clock;

    NewsletterReportSection(JdbcClient jdbc, MessageSource messages, PartnerCompanies partners, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.partners = partners;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Content> write(Semester semester, Optional<PartnerId> partner, Language language) {
        var statement = jdbc.sql("""
                        select i.number, i.finished_at,
                            coalesce((select v.subject from newsletter_variant v where v.issue_id = i.id and v.language = :language),
                                     (select v.subject from newsletter_variant v where v.issue_id = i.id and v.language = 'fr'), '') as subject,
                            (select count(*) from newsletter_send s where s.issue_id = i.id and s.state = 'DELIVERED'"""
                        + (partner.isPresent() ? " and s.company_id = any(:companies)" : "") + """
                        ) as delivered
                        from newsletter_issue i
                        where i.state = 'SENT' and i.finished_at >= :start and i.finished_at < :end
                        order by i.finished_at, i.number""")
                .param("language", language.code())
                .param("start", Timestamp.from(semester.start().atStartOfDay(clock.getZone()).toInstant()))
                .param("end", Timestamp.from(semester.end().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        if (partner.isPresent()) {
            statement = statement.param("companies", partners.broughtBy(partner.get().value()));
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale());
        NumberFormat numbers = NumberFormat.getIntegerInstance(language.locale());
        List<List<String>> rows = statement.query((rs, n) -> List.of(String.valueOf(rs.getInt("number")), rs.getString("subject"),
                rs.getTimestamp("finished_at").toInstant().atZone(language.zone()).toLocalDate().format(dates),
                numbers.format(rs.getLong("delivered")))).list();
        return Optional.of(new Content(t(language, "newsletters.reportSection.title"),
                t(language, partner.isPresent() ? "newsletters.reportSection.summaryPartner" : "newsletters.reportSection.summary",
                        rows.size()),
                List.of(t(language, "newsletters.reportSection.number"), t(language, "newsletters.reportSection.subject"),
                        t(language, "newsletters.reportSection.sentOn"), t(language, "newsletters.reportSection.delivered")),
                rows));
    }

    private String t(Language language, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, language.locale());
    }
}
