package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.internal.OrganisationSearch;
import eu.cybersudoe.companies.internal.SearchCriteria;
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
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The company list as a file (CSV or XLSX): the same filters and scope as the page, every
 * matching organisation, written as it is read from the database.
 */
@Controller
class CompanyExportController {

    static final List<String> COLUMNS = List.of("id", "name", "country", "region", "sector", "size", "micro",
            "priority", "young", "partners");
    private static final int FLUSH_EVERY = 500;

    private final OrganisationSearch search;
    private final MessageSource messages;

    CompanyExportController(OrganisationSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/{lang}/office/companies/export.csv")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
    void csv(@PathVariable String lang, @RequestParam Map<String, String> parameters, HttpServletRequest request,
             HttpServletResponse response) throws IOException {
        Locale locale = locale(lang);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", DownloadNames.disposition(true,
                DownloadNames.of(messages, "files.companies", locale, "csv")));
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(headers(locale));
            search.forEach(SearchCriteria.fromParameters(parameters), CompanyScope.of(request), row -> {
                try {
                    csv.printRecord(cells(row, locale).stream().map(SpreadsheetText::neutralised).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @GetMapping("/{lang}/office/companies/export.xlsx")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
    void xlsx(@PathVariable String lang, @RequestParam Map<String, String> parameters, HttpServletRequest request,
              HttpServletResponse response) throws IOException {
        Locale locale = locale(lang);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", DownloadNames.disposition(true,
                DownloadNames.of(messages, "files.companies", locale, "xlsx")));
        OutputStream out = response.getOutputStream();
        Workbook workbook = new Workbook(out, "CyberSudoe", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.getMessage("companies.export.sheet", null, locale));
        List<String> headers = headers(locale);
        for (int column = 0; column < headers.size(); column++) {
            sheet.value(0, column, headers.get(column));
            sheet.style(0, column).bold().set();
        }
        int[] next = {1};
        search.forEach(SearchCriteria.fromParameters(parameters), CompanyScope.of(request), row -> {
            int line = next[0]++;
            sheet.value(line, 0, row.id());
            List<String> cells = cells(row, locale);
            for (int column = 1; column < cells.size(); column++) {
                sheet.value(line, column, cells.get(column));
            }
            if (line % FLUSH_EVERY == 0) {
                flush(sheet);
            }
        });
        workbook.finish();
    }

    private List<String> headers(Locale locale) {
        return COLUMNS.stream().map(column -> messages.getMessage("companies.export.column." + column, null, locale)).toList();
    }

    private List<String> cells(OrganisationSearch.Row row, Locale locale) {
        String yes = messages.getMessage("companies.export.yes", null, locale);
        return List.of(Long.toString(row.id()), row.legalName(), row.country(), nullToEmpty(row.region()),
                nullToEmpty(row.sector()),
                row.size() == null ? "" : messages.getMessage("companies.search.size." + row.size(), null, locale),
                row.micro() ? yes : "", row.prioritySector() ? yes : "", row.youngWomanLed() ? yes : "",
                String.join(", ", row.partners()));
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static Locale locale(String lang) {
        return Language.fromCode(lang).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).locale();
    }
}
