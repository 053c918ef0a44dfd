package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Dashboard;
import eu.cybersudoe.monitoring.Indicator;
import eu.cybersudoe.monitoring.IndicatorEntries;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.documents.PdfDocuments;
import eu.cybersudoe.shared.files.SpreadsheetText;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.DownloadNames;
import jakarta.servlet.http.HttpServletResponse;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A semester's values as XLSX and as a tagged PDF (MON-3): one sheet per kind of indicator, the network's line and each
 * partner's, with targets, cumulative and semester values, rates and the comments of entered values.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
        Role.PROGRAMME_OFFICER})
class EditionExportController {

    static final List<String> COLUMNS = List.of("indicator", "scope", "target", "value", "semesterValue", "rate", "comment");

    private final Monitoring monitoring;
    private final IndicatorEntries entries;
    private final MessageSource messages;
    private final PdfDocuments pdfs;

    EditionExportController(Monitoring monitoring, IndicatorEntries entries, MessageSource messages, PdfDocuments pdfs) {
        this.monitoring = monitoring;
        this.entries = entries;
        this.messages = messages;
        this.pdfs = pdfs;
    }

    @GetMapping("/{lang}/office/indicators/editions/{semester}/xlsx")
    void xlsx(@PathVariable String lang, @PathVariable int semester, @RequestParam(required = false) Integer revision,
              HttpServletResponse response) throws IOException {
        Language language = Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Dashboard> scopes = scopes(semester, revision);
        Dashboard network = scopes.getFirst();
        Map<String, String> comments = new HashMap<>();
        for (Partner partner : network.partners()) {
            entries.ofPartner(partner.id(), semester).stream().filter(e -> e.comment() != null)
                    .forEach(e -> comments.put(e.indicator() + "/" + e.partner().value(), e.comment()));
        }
        Figures figures = new Figures(language.locale());
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", DownloadNames.disposition(true,
                network.edition().map(e -> DownloadNames.of(messages, language, "files.monitoringEdition", semester, e.revision()))
                        .orElseGet(() -> DownloadNames.of(messages, language, "files.monitoringLive", semester))));
        Workbook workbook = new Workbook(response.getOutputStream(), "CyberSudoe", "1.0");
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

    /** The edition (or the live values) as a tagged PDF, in the page's language. */
    @GetMapping("/{lang}/office/indicators/editions/{semester}/pdf")
    void pdf(@PathVariable String lang, @PathVariable int semester, @RequestParam(required = false) Integer revision,
             HttpServletResponse response) throws IOException {
        Language language = Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Dashboard> scopes = scopes(semester, revision);
        Dashboard network = scopes.getFirst();
        byte[] pdf = pdfs.write(new EditionDocument(messages, language).outline(network, scopes.subList(1, scopes.size())));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", DownloadNames.disposition(true,
                network.edition().map(e -> DownloadNames.of(messages, language, "files.monitoringEditionPdf", semester, e.revision()))
                        .orElseGet(() -> DownloadNames.of(messages, language, "files.monitoringLivePdf", semester))));
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    /** The network's dashboard of a semester (and revision, 0 or none for the latest), then each partner's. */
    private List<Dashboard> scopes(int semester, Integer revision) {
        int asked = revision == null ? 0 : revision;
        Dashboard network = monitoring.dashboard(semester, asked, Optional.empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        List<Dashboard> scopes = new ArrayList<>();
        scopes.add(network);
        for (Partner partner : network.partners()) {
            monitoring.dashboard(semester, asked, Optional.of(partner.id())).ifPresent(scopes::add);
        }
        return scopes;
    }

    private String t(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
