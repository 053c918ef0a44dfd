package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Dashboard;
import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.IndicatorEntries;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.files.SpreadsheetText;
import eu.cybersudoe.shared.web.DownloadNames;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A semester's values as an XLSX workbook (MON-3): one sheet per kind of indicator, the network's
 * line and each partner's, with targets, cumulative and semester values, rates and the comments of
 * entered values. Downloaded from the dashboard and opened from the evaluator's document room.
 */
@Component
class EditionWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> COLUMNS = List.of("indicator", "scope", "target", "value", "semesterValue", "rate", "comment");

    private final Monitoring monitoring;
    private final IndicatorEntries entries;
    private final MessageSource messages;

    EditionWorkbook(Monitoring monitoring, IndicatorEntries entries, MessageSource messages) {
        this.monitoring = monitoring;
        this.entries = entries;
        this.messages = messages;
    }

    /** The workbook's file name: the edition's, or the live values' while the semester is not closed. */
    String fileName(Dashboard network, int semester, Language language) {
        return network.edition().map(e -> DownloadNames.of(messages, language, "files.monitoringEdition", semester, e.revision()))
                .orElseGet(() -> DownloadNames.of(messages, language, "files.monitoringLive", semester));
    }

    /**
     * Writes the workbook of a semester.
     *
     * @param network the consolidated dashboard of the semester and revision
     * @param asked   the revision, 0 for the latest
     */
    void write(Dashboard network, int semester, int asked, Language language, OutputStream out) throws IOException {
        List<Dashboard> scopes = new ArrayList<>();
        scopes.add(network);
        for (Partner partner : network.partners()) {
            monitoring.dashboard(semester, asked, Optional.of(partner.id())).ifPresent(scopes::add);
        }
        Map<String, String> comments = new HashMap<>();
        for (Partner partner : network.partners()) {
            entries.ofPartner(partner.id(), semester).stream().filter(e -> e.comment() != null)
                    .forEach(e -> comments.put(e.indicator() + "/" + e.partner().value(), e.comment()));
        }
        Figures figures = new Figures(language.locale());
        Workbook workbook = new Workbook(out, "CyberSudoe", "1.0");
        for (Indicator.Kind kind : Indicator.Kind.values()) {
            if (network.lines(kind).isEmpty()) {
                continue;
            }
            Worksheet sheet = workbook.newWorksheet(t("monitoring.kind." + kind.code(), language));
            for (int column = 0; column < COLUMNS.size(); column++) {
                sheet.value(0, column, t("monitoring.export.column." + COLUMNS.get(column), language));
                sheet.style(0, column).bold().set();
            }
            int row = 1;
            for (Dashboard scope : scopes) {
                String scopeName = scope.partner().map(Partner::shortName).orElse(t("monitoring.partner.all", language));
                for (Dashboard.Line line : scope.lines(kind)) {
                    int current = row;
                    sheet.value(row, 0, SpreadsheetText.neutralised(line.indicator().name().in(language).text()));
                    sheet.value(row, 1, SpreadsheetText.neutralised(scopeName));
                    if (line.target() != null) {
                        sheet.value(row, 2, line.target());
                    }
                    if (line.measurement().measured()) {
                        sheet.value(row, 3, line.measurement().value());
                    } else {
                        sheet.value(row, 3, t("monitoring.status." + line.measurement().status().name().toLowerCase().replace('_', '-'), language));
                    }
                    line.semesterValue().ifPresent(v -> sheet.value(current, 4, v));
                    Optional<String> rate = line.progressPercent().map(figures::percent);
                    if (rate.isPresent()) {
                        sheet.value(row, 5, rate.get());
                    }
                    String comment = scope.partner().map(p -> comments.get(line.indicator().code() + "/" + p.id().value())).orElse(null);
                    if (comment != null) {
                        sheet.value(row, 6, SpreadsheetText.neutralised(comment));
                    }
                    row++;
                }
            }
        }
        workbook.finish();
    }

    private String t(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
