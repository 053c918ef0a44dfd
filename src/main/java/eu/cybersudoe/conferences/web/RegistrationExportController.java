package eu.cybersudoe.conferences.web;

import eu.cybersudoe.conferences.internal.Registration;
import eu.cybersudoe.conferences.internal.RegistrationStore;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.files.SpreadsheetText;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.DownloadNames;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A conference's registered or attending people as a file, CSV (Commons CSV) or XLSX (FastExcel),
 * the same libraries as the company export.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
class RegistrationExportController {

    static final List<String> COLUMNS = List.of("lastName", "firstName", "company", "email", "language", "status", "walkIn",
            "registeredAt", "checkedInAt");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ConferenceScope scope;
    private final RegistrationStore registrations;
    private final MessageSource messages;

    RegistrationExportController(ConferenceScope scope, RegistrationStore registrations, MessageSource messages) {
        this.scope = scope;
        this.registrations = registrations;
        this.messages = messages;
    }

    @GetMapping("/{lang}/office/conferences/{conferenceId}/registrations.csv")
    void csv(@PathVariable String lang, @PathVariable long conferenceId, @RequestParam(defaultValue = "registered") String list,
             HttpServletRequest request, HttpServletResponse response) throws IOException {
        ZoneId zone = scope.require(conferenceId, request).details().zone();
        Language language = OfficeConferenceController.language(lang);
        attachment(response, "text/csv;charset=UTF-8", conferenceId, list, "csv", language);
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(headers(language));
            for (Registration registration : listed(conferenceId, list)) {
                csv.printRecord(cells(registration, language, zone).stream().map(SpreadsheetText::neutralised).toList());
            }
        }
    }

    @GetMapping("/{lang}/office/conferences/{conferenceId}/registrations.xlsx")
    void xlsx(@PathVariable String lang, @PathVariable long conferenceId, @RequestParam(defaultValue = "registered") String list,
              HttpServletRequest request, HttpServletResponse response) throws IOException {
        ZoneId zone = scope.require(conferenceId, request).details().zone();
        Language language = OfficeConferenceController.language(lang);
        attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", conferenceId, list, "xlsx", language);
        Workbook workbook = new Workbook(response.getOutputStream(), "CyberSudoe", "1.0");
        Worksheet sheet = workbook.newWorksheet(t(language, "conferences.export.sheet." + listName(list)));
        List<String> headers = headers(language);
        for (int column = 0; column < headers.size(); column++) {
            sheet.value(0, column, headers.get(column));
            sheet.style(0, column).bold().set();
        }
        int line = 1;
        for (Registration registration : listed(conferenceId, list)) {
            List<String> cells = cells(registration, language, zone);
            for (int column = 0; column < cells.size(); column++) {
                sheet.value(line, column, cells.get(column));
            }
            line++;
        }
        workbook.finish();
    }

    private void attachment(HttpServletResponse response, String contentType, long conferenceId, String list,
                            String extension, Language language) {
        response.setContentType(contentType);
        String key = "attending".equals(listName(list)) ? "files.attendees" : "files.registrations";
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.disposition(true,
                DownloadNames.of(messages, key, conferenceId, language) + "." + extension));
    }

    private List<Registration> listed(long conferenceId, String list) {
        List<Registration> all = registrations.of(conferenceId);
        return "attending".equals(list) ? all.stream().filter(Registration::attended).toList() : all;
    }

    private static String listName(String list) {
        return "attending".equals(list) ? "attending" : "registered";
    }

    private List<String> headers(Language language) {
        return COLUMNS.stream().map(column -> t(language, "conferences.export.column." + column)).toList();
    }

    private List<String> cells(Registration r, Language language, ZoneId zone) {
        return List.of(r.lastName(), nz(r.firstName()), r.companyName(), nz(r.email()),
                t(language, "language." + r.language().code()),
                t(language, "conferences.registration.status." + r.status().name()),
                r.walkIn() ? t(language, "conferences.export.yes") : "",
                STAMP.format(r.registeredAt().atZone(zone)), r.checkedInAt() == null ? "" : STAMP.format(r.checkedInAt().atZone(zone)));
    }


    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private String t(Language language, String key) {
        return messages.getMessage(key, null, language.locale());
    }
}
