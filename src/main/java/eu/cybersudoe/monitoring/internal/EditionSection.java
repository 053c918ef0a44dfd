package eu.cybersudoe.monitoring.internal;

import eu.cybersudoe.monitoring.Dashboard;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.monitoring.ReportSection;
import eu.cybersudoe.monitoring.web.Figures;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Monitoring's own section of a progress report: the indicators of the semester's edition for the
 * partner or the network, as frozen when the semester was closed (its latest revision).
 */
@Component
class EditionSection implements ReportSection {

    private final Monitoring monitoring;
    private final MessageSource messages;

    EditionSection(Monitoring monitoring, MessageSource messages) {
        this.monitoring = monitoring;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Optional<Content> write(Semester semester, Optional<PartnerId> partner, Language language) {
        Optional<Dashboard> edition = monitoring.dashboard(semester.number(), 0, partner).filter(Dashboard::frozen);
        if (edition.isEmpty()) {
            return Optional.empty();
        }
        Figures figures = new Figures(language.locale());
        Dashboard frozen = edition.get();
        List<List<String>> rows = frozen.lines().stream().map(line -> List.of(
                line.indicator().name().in(language).text(),
                line.measurement().measured() ? figures.number(line.measurement().value())
                        : t(language, "monitoring.status." + line.measurement().status().name().toLowerCase().replace('_', '-')),
                line.semesterValue().map(figures::number).orElse(""),
                line.target() == null ? "" : figures.number(line.target()),
                line.progressPercent().map(figures::percent).orElse(""))).toList();
        int revision = frozen.edition().orElseThrow().revision();
        return Optional.of(new Content(t(language, "monitoring.report.section.indicators"),
                t(language, "monitoring.report.section.indicators.summary", semester.number(), revision),
                List.of(t(language, "monitoring.export.column.indicator"), t(language, "monitoring.export.column.value"),
                        t(language, "monitoring.export.column.semesterValue"), t(language, "monitoring.export.column.target"),
                        t(language, "monitoring.export.column.rate")),
                rows));
    }

    private String t(Language language, String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, language.locale());
    }
}
