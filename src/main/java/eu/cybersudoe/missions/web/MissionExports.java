package eu.cybersudoe.missions.web;

import eu.cybersudoe.missions.internal.MissionFilter;
import eu.cybersudoe.missions.internal.MissionRow;
import eu.cybersudoe.missions.internal.MissionSearch;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.files.SpreadsheetText;
import eu.cybersudoe.shared.web.DownloadNames;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;

/** The mission list as CSV (commons-csv) or XLSX (fastexcel), with the list's filters and scope. */
@Component
class MissionExports {

    static final List<String> COLUMNS = List.of("id", "company", "partner", "origin", "state", "advisor", "requested",
            "scheduled", "held", "days", "themes", "delivered", "rating");

    private final MissionSearch search;
    private final MissionViews views;
    private final MessageSource messages;

    MissionExports(MissionSearch search, MissionViews views, MessageSource messages) {
        this.search = search;
        this.views = views;
        this.messages = messages;
    }

    void csv(MissionFilter filter, Language language, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", DownloadNames.disposition(true,
                DownloadNames.of(messages, "files.missions", language.locale(), "csv")));
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(headers(language));
            search.each(filter, row -> {
                try {
                    csv.printRecord(cells(row, language).stream().map(SpreadsheetText::neutralised).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    void xlsx(MissionFilter filter, Language language, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", DownloadNames.disposition(true,
                DownloadNames.of(messages, "files.missions", language.locale(), "xlsx")));
        Workbook workbook = new Workbook(response.getOutputStream(), "CyberSudoe", "1.0");
        Worksheet sheet = workbook.newWorksheet(t("missions.export.sheet", language));
        List<String> headers = headers(language);
        for (int column = 0; column < headers.size(); column++) {
            sheet.value(0, column, headers.get(column));
            sheet.style(0, column).bold().set();
        }
        int[] next = {1};
        search.each(filter, row -> {
            int line = next[0]++;
            List<String> cells = cells(row, language);
            sheet.value(line, 0, row.id());
            for (int column = 1; column < cells.size(); column++) {
                sheet.value(line, column, cells.get(column));
            }
            if (row.actualDays() != null) {
                sheet.value(line, COLUMNS.indexOf("days"), row.actualDays());
            }
        });
        workbook.finish();
    }

    private List<String> headers(Language language) {
        return COLUMNS.stream().map(column -> t("missions.export.column." + column, language)).toList();
    }

    private List<String> cells(MissionRow row, Language language) {
        NumberFormat days = NumberFormat.getNumberInstance(language.locale());
        days.setMaximumFractionDigits(2);
        return List.of(Long.toString(row.id()), text(row.companyName()), text(views.partnerName(row.partnerId())),
                t("missions.origin." + row.origin().name(), language),
                t("missions.state." + row.state().name(), language), text(row.advisorName()),
                row.requestedAt().atZone(language.zone()).toLocalDate().toString(),
                row.scheduledOn() == null ? "" : row.scheduledOn().toString(), row.heldOn() == null ? "" : row.heldOn().toString(),
                row.actualDays() == null ? "" : days.format(row.actualDays()),
                String.join(", ", views.themeNames(row.themes(), language)),
                row.deliveredAt() == null ? "" : row.deliveredAt().atZone(language.zone()).toLocalDate().toString(),
                row.rating() == null ? "" : row.rating().toString());
    }


    private static String text(String value) {
        return value == null ? "" : value;
    }

    private String t(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
