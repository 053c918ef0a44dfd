package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.monitoring.ProgressReports;
import eu.cybersudoe.monitoring.ProgressReports.Part;
import eu.cybersudoe.monitoring.ReportSection;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.files.SpreadsheetText;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of a semester's project report as XLSX: the partners' progress per work package, their
 * deviations, problems and next steps, then one sheet per report section with the network's rows
 * and each partner's, the scope in the first column.
 */
@Component
class ReportWorkbook {

    private static final int SHEET_NAME = 31;

    private final ProgressReports reports;
    private final ProgressReportDocuments documents;
    private final ObjectProvider<Network> network;

    ReportWorkbook(ProgressReports reports, ProgressReportDocuments documents, ObjectProvider<Network> network) {
        this.reports = reports;
        this.documents = documents;
        this.network = network;
    }

    void write(int semester, Language language, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "CyberSudoe", "1.0");
        Set<String> names = new HashSet<>();
        List<Partner> partners = network.getObject().partners();
        List<Part> submitted = reports.parts(semester).stream().filter(Part::submitted).toList();

        List<List<String>> progress = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        for (Part part : submitted) {
            String partner = name(part.partner(), partners);
            documents.progressRows(part, language).forEach(row -> progress.add(List.of(partner, row.get(0), row.get(1))));
            texts.add(List.of(partner, part.deviations(), part.problems(), part.nextSteps()));
        }
        sheet(workbook, names, t(language, "monitoring.report.progress"), List.of(t(language, "monitoring.export.column.scope"),
                t(language, "monitoring.report.workPackage"), t(language, "monitoring.report.progressColumn")), progress);
        sheet(workbook, names, t(language, "monitoring.report.sheet.texts"), List.of(t(language, "monitoring.export.column.scope"),
                t(language, "monitoring.report.deviations"), t(language, "monitoring.report.problems"),
                t(language, "monitoring.report.nextSteps")), texts);

        Map<String, List<String>> headers = new LinkedHashMap<>();
        Map<String, List<List<String>>> rows = new LinkedHashMap<>();
        List<Optional<PartnerId>> scopes = new ArrayList<>();
        scopes.add(Optional.empty());
        partners.forEach(p -> scopes.add(Optional.of(p.id())));
        for (Optional<PartnerId> scope : scopes) {
            String scopeName = scope.map(id -> name(id, partners)).orElse(t(language, "monitoring.partner.all"));
            for (ReportSection.Content section : reports.sections(semester, scope, language)) {
                if (!section.hasTable()) {
                    continue;
                }
                headers.putIfAbsent(section.title(), section.header());
                List<List<String>> sectionRows = rows.computeIfAbsent(section.title(), k -> new ArrayList<>());
                section.rows().forEach(row -> {
                    List<String> withScope = new ArrayList<>();
                    withScope.add(scopeName);
                    withScope.addAll(row);
                    sectionRows.add(withScope);
                });
            }
        }
        headers.forEach((title, header) -> {
            List<String> withScope = new ArrayList<>();
            withScope.add(t(language, "monitoring.export.column.scope"));
            withScope.addAll(header);
            sheet(workbook, names, title, withScope, rows.get(title).stream().filter(row -> row.size() == withScope.size()).toList());
        });
        workbook.finish();
    }

    private static void sheet(Workbook workbook, Set<String> names, String title, List<String> header, List<List<String>> rows) {
        Worksheet sheet = workbook.newWorksheet(sheetName(title, names));
        for (int column = 0; column < header.size(); column++) {
            sheet.value(0, column, header.get(column));
            sheet.style(0, column).bold().set();
        }
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < rows.get(row).size(); column++) {
                sheet.value(row + 1, column, SpreadsheetText.neutralised(rows.get(row).get(column)));
            }
        }
    }

    /** A sheet's name: without the characters XLSX refuses, at most 31 characters, unique in the workbook. */
    static String sheetName(String title, Set<String> taken) {
        String base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        base = base.length() > SHEET_NAME ? base.substring(0, SHEET_NAME) : base;
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase()); n++) {
            String suffix = " " + n;
            name = (base.length() + suffix.length() > SHEET_NAME ? base.substring(0, SHEET_NAME - suffix.length()) : base) + suffix;
        }
        taken.add(name.toLowerCase());
        return name;
    }

    private static String name(PartnerId id, List<Partner> partners) {
        return partners.stream().filter(p -> p.id().equals(id)).map(Partner::shortName).findFirst().orElse(id.value());
    }

    private String t(Language language, String key) {
        return documents.t(language, key);
    }
}
