package eu.cybersudoe.missions.internal;

import eu.cybersudoe.monitoring.ReportSection;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

/**
 * The missions' section of a progress report: a partner's technical-assistance missions (every
 * partner's, for the network) held during the semester, with the advisor, the days spent and where
 * each stands. Companies are not named: the report goes to the programme.
 */
@Component
class MissionReportSection implements ReportSection {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    MissionReportSection(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Content> write(Semester semester, Optional<PartnerId> partner, Language language) {
        var statement = jdbc.sql("""
                        select m.held_on, m.partner_id, m.advisor_name, m.actual_days, m.state from mission m
                        where m.held_on is not null and m.held_on >= :start and m.held_on <= :end and m.state <> 'CANCELLED'"""
                        + (partner.isPresent() ? " and m.partner_id = :partner" : "") + " order by m.held_on, m.id")
                .param("start", Date.valueOf(semester.start())).param("end", Date.valueOf(semester.end()));
        if (partner.isPresent()) {
            statement = statement.param("partner", partner.get().value());
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale());
        NumberFormat numbers = NumberFormat.getNumberInstance(language.locale());
        List<List<String>> rows = statement.query((rs, n) -> {
            BigDecimal days = rs.getBigDecimal("actual_days");
            String advisor = rs.getString("advisor_name");
            return List.of(rs.getDate("held_on").toLocalDate().format(dates), advisor == null ? "" : advisor,
                    days == null ? "" : numbers.format(days), t(language, "missions.state." + rs.getString("state")));
        }).list();
        return Optional.of(new Content(t(language, "missions.reportSection.title"),
                t(language, "missions.reportSection.summary", rows.size()),
                List.of(t(language, "missions.reportSection.heldOn"), t(language, "missions.reportSection.advisor"),
                        t(language, "missions.reportSection.days"), t(language, "missions.reportSection.state")),
                rows));
    }

    private String t(Language language, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, language.locale());
    }
}
