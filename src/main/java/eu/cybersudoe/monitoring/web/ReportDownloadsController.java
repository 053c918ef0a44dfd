package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.Closer;
import eu.cybersudoe.monitoring.ProgressReports.Part;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.Semester;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.documents.Outline;
import eu.cybersudoe.shared.documents.PdfDocuments;
import eu.cybersudoe.shared.documents.WordDocuments;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.DownloadNames;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;

/**
 * The progress reports' downloads, in the language chosen ({@code ?language=fr|es|pt|en}): the project
 * report of a semester as a tagged PDF, a DOCX and its tables as XLSX; a partner's part as a tagged
 * PDF and a DOCX. Read by every back-office role that reads reports; another partner's draft is not found.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR, Role.PROGRAMME_OFFICER})
class ReportDownloadsController {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportAccess access;
    private final ProgressReportDocuments documents;
    private final ReportWorkbook workbook;
    private final PdfDocuments pdfs;
    private final WordDocuments words;
    private final MessageSource messages;

    ReportDownloadsController(ReportAccess access, ProgressReportDocuments documents, ReportWorkbook workbook, PdfDocuments pdfs,
                              WordDocuments words, MessageSource messages) {
        this.access = access;
        this.documents = documents;
        this.workbook = workbook;
        this.pdfs = pdfs;
        this.words = words;
        this.messages = messages;
    }

    @GetMapping("/{lang}/office/reports/{semester}/pdf")
    void reportPdf(@PathVariable String lang, @PathVariable int semester, @RequestParam(required = false) String language,
                   HttpServletResponse response) throws IOException {
        Language chosen = ReportAccess.documentLanguage(lang, language);
        Semester shown = access.semester(semester);
        send(response, PDF, name(chosen, "files.monitoringReport", shown.number(), "pdf"), pdfs.write(documents.project(shown, chosen)));
    }

    @GetMapping("/{lang}/office/reports/{semester}/docx")
    void reportDocx(@PathVariable String lang, @PathVariable int semester, @RequestParam(required = false) String language,
                    HttpServletResponse response) throws IOException {
        Language chosen = ReportAccess.documentLanguage(lang, language);
        Semester shown = access.semester(semester);
        send(response, DOCX, name(chosen, "files.monitoringReport", shown.number(), "docx"), words.write(documents.project(shown, chosen)));
    }

    @GetMapping("/{lang}/office/reports/{semester}/xlsx")
    void reportXlsx(@PathVariable String lang, @PathVariable int semester, @RequestParam(required = false) String language,
                    HttpServletResponse response) throws IOException {
        Language chosen = ReportAccess.documentLanguage(lang, language);
        Semester shown = access.semester(semester);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", DownloadNames.disposition(true,
                name(chosen, "files.monitoringReport", shown.number(), "xlsx")));
        workbook.write(shown.number(), chosen, response.getOutputStream());
    }

    @GetMapping("/{lang}/office/reports/{semester}/parts/{partnerId}/pdf")
    void partPdf(@PathVariable String lang, @PathVariable int semester, @PathVariable String partnerId,
                 @RequestParam(required = false) String language, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language chosen = ReportAccess.documentLanguage(lang, language);
        send(response, PDF, partName(chosen, semester, partnerId, "pdf"), pdfs.write(part(semester, partnerId, chosen, request)));
    }

    @GetMapping("/{lang}/office/reports/{semester}/parts/{partnerId}/docx")
    void partDocx(@PathVariable String lang, @PathVariable int semester, @PathVariable String partnerId,
                  @RequestParam(required = false) String language, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Language chosen = ReportAccess.documentLanguage(lang, language);
        send(response, DOCX, partName(chosen, semester, partnerId, "docx"), words.write(part(semester, partnerId, chosen, request)));
    }

    private Outline part(int semester, String partnerId, Language language, HttpServletRequest request) {
        Semester shown = access.semester(semester);
        Partner partner = access.partner(partnerId);
        Closer person = access.person(request);
        Part part = access.readablePart(shown.number(), partner.id(), person)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return documents.part(shown, partner, part, language);
    }

    private String partName(Language language, int semester, String partnerId, String extension) {
        return DownloadNames.of(messages, language, "files.monitoringReportPart", DownloadNames.slug(access.partner(partnerId).shortName()),
                semester, extension);
    }

    private String name(Language language, String key, int semester, String extension) {
        return DownloadNames.of(messages, language, key, semester, extension);
    }

    private static void send(HttpServletResponse response, String type, String fileName, byte[] content) throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", DownloadNames.disposition(true, fileName));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
