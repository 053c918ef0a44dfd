package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Dashboard;
import eu.cybersudoe.monitoring.Edition;
import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.documents.Outline;
import org.springframework.context.MessageSource;

import java.util.List;
import java.util.Optional;

/**
 * A semester's edition as an outline for the tagged PDF (MON-3): who closed it and as of which day,
 * then the network's values by kind of indicator and each partner's, with targets, values since the
 * start, values of the semester and rates; the tables' header rows repeat on every page.
 */
final class EditionDocument {

    private final MessageSource messages;
    private final Language language;
    private final Figures figures;

    EditionDocument(MessageSource messages, Language language) {
        this.messages = messages;
        this.language = language;
        this.figures = new Figures(language.locale());
    }

    /** The outline of the network's dashboard and the partners' ones of the same semester and revision. */
    Outline outline(Dashboard network, List<Dashboard> partners) {
        Outline.Builder outline = Outline.of(language, network.edition()
                .map(e -> t("monitoring.edition.document.title", network.semester().number(), e.revision()))
                .orElseGet(() -> t("monitoring.edition.document.live", network.semester().number())));
        outline.line(t("monitoring.edition.document.asOf", ProgressReportDocuments.date(network.until(), language)));
        Optional<Edition> edition = network.edition();
        edition.ifPresent(e -> outline.line(t("monitoring.edition.document.closed", e.closedByName(),
                ProgressReportDocuments.instant(e.closedAt(), language))));
        edition.filter(Edition::correction).ifPresent(e -> outline.line(t("monitoring.edition.document.reason", e.reason())));
        scope(outline, network, t("monitoring.partner.all"));
        for (Dashboard partner : partners) {
            scope(outline, partner, partner.partner().map(Partner::name).orElseThrow());
        }
        return outline.build();
    }

    private void scope(Outline.Builder outline, Dashboard dashboard, String name) {
        outline.section(name);
        for (Indicator.Kind kind : Indicator.Kind.values()) {
            List<Dashboard.Line> lines = dashboard.lines(kind);
            if (lines.isEmpty()) {
                continue;
            }
            outline.subsection(t("monitoring.kind." + kind.code()));
            outline.table(List.of(t("monitoring.export.column.indicator"), t("monitoring.export.column.target"),
                            t("monitoring.export.column.value"), t("monitoring.export.column.semesterValue"),
                            t("monitoring.export.column.rate")), List.of(4, 1, 1, 1, 1),
                    lines.stream().map(this::row).toList());
        }
    }

    private List<String> row(Dashboard.Line line) {
        return List.of(line.indicator().name().in(language).text(),
                line.target() == null ? "" : figures.number(line.target()),
                line.measurement().measured() ? figures.number(line.measurement().value())
                        : t("monitoring.status." + line.measurement().status().name().toLowerCase().replace('_', '-')),
                line.semesterValue().map(figures::number).orElse(""),
                line.progressPercent().map(figures::percent).orElse(""));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, language.locale());
    }
}
