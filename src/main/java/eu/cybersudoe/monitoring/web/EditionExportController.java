package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Dashboard;
import eu.cybersudoe.monitoring.Monitoring;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.documents.PdfDocuments;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.DownloadNames;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A semester's values as XLSX and as a tagged PDF (MON-3): one sheet per kind of indicator, the network's line and each
 * partner's, with targets, cumulative and semester values, rates and the comments of entered values.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
        Role.PROGRAMME_OFFICER})
class EditionExportController {

    private final Monitoring monitoring;
    private final EditionWorkbook workbook;
    private final MessageSource messages;
    private final PdfDocuments pdfs;

    EditionExportController(Monitoring monitoring, EditionWorkbook workbook, MessageSource messages, PdfDocuments pdfs) {
        this.monitoring = monitoring;
        this.workbook = workbook;
        this.messages = messages;
        this.pdfs = pdfs;
    }

    @GetMapping("/{lang}/office/indicators/editions/{semester}/xlsx")
    void xlsx(@PathVariable String lang, @PathVariable int semester, @RequestParam(required = false) Integer revision,
              HttpServletResponse response) throws IOException {
        Language language = Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int asked = revision == null ? 0 : revision;
        Dashboard network = monitoring.dashboard(semester, asked, Optional.empty())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setContentType(EditionWorkbook.CONTENT_TYPE);
        response.setHeader("Content-Disposition", DownloadNames.disposition(true, workbook.fileName(network, semester, language)));
        workbook.write(network, semester, asked, language, response.getOutputStream());
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
}
