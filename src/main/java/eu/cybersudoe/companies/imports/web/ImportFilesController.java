package eu.cybersudoe.companies.imports.web;

import eu.cybersudoe.companies.imports.ImportJob;
import eu.cybersudoe.companies.imports.Imports;
import eu.cybersudoe.companies.imports.LeftRows;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.DownloadNames;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The files of an import: the original as uploaded, and its rows left rejected or for review as
 * a CSV file (UTF-8 with a byte-order mark, so that spreadsheets read the accents) with the row's
 * number, outcome and reason in the reader's language.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
class ImportFilesController {

    private final Imports imports;
    private final LeftRows leftRows;
    private final ImportScope scope;
    private final MessageSource messages;

    ImportFilesController(Imports imports, LeftRows leftRows, ImportScope scope, MessageSource messages) {
        this.imports = imports;
        this.leftRows = leftRows;
        this.scope = scope;
        this.messages = messages;
    }

    @GetMapping("/{lang}/office/imports/{importId}/file")
    void original(@PathVariable String lang, @PathVariable long importId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ImportJob job = scope.require(importId, request);
        response.setContentType(job.fileName().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.disposition(true, job.fileName()));
        try (InputStream file = imports.file(job)) {
            file.transferTo(response.getOutputStream());
        }
    }

    @GetMapping("/{lang}/office/imports/{importId}/left-rows.csv")
    void leftRows(@PathVariable String lang, @PathVariable long importId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        download(lang, importId, request, response, "files.importRows", "companies.import.column.outcome", leftRows::writeCsv);
    }

    @GetMapping("/{lang}/office/imports/{importId}/warnings.csv")
    void warnings(@PathVariable String lang, @PathVariable long importId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        download(lang, importId, request, response, "files.importWarnings", "companies.import.column.field", leftRows::writeWarningsCsv);
    }

    /** Writes rows of an import as CSV: the file's columns, then the row number, what {@code middleColumnKey} names and the reason. */
    private interface RowsCsv {
        void write(ImportJob job, Writer out, BiFunction<String, List<String>, String> explain, List<String> extraColumns);
    }

    /** Sends rows of an import as a UTF-8 CSV attachment (with the byte-order mark spreadsheets look for), in the page's language. */
    private void download(String lang, long importId, HttpServletRequest request, HttpServletResponse response, String fileKey,
                          String middleColumnKey, RowsCsv rows) throws IOException {
        ImportJob job = scope.require(importId, request);
        Language language = Language.fromCode(lang).orElse(Language.DEFAULT);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                DownloadNames.disposition(true, DownloadNames.of(messages, fileKey, importId, language)));
        response.getOutputStream().write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        List<String> extra = List.of(text("companies.import.column.row", language), text(middleColumnKey, language),
                text("companies.import.column.reason", language));
        // the CSV printer flushes and closes the writer when done
        rows.write(job, out, explain(language), extra);
    }

    private BiFunction<String, List<String>, String> explain(Language language) {
        return (key, arguments) -> messages.getMessage(key, arguments.toArray(), key, language.locale());
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
