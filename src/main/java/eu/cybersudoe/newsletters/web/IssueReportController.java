package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.newsletters.internal.IssueReport;
import eu.cybersudoe.newsletters.internal.Issues;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.DownloadNames;
import eu.cybersudoe.shared.web.PartnerNames;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * What an issue achieved, as a page and as CSV. Network admins see every partner's line; a
 * partner manager sees the network's figures and the line of their own partner only.
 */
@Controller
class IssueReportController {

    private final IssueReport reports;
    private final Issues issues;
    private final MessageSource messages;
    private final PartnerNames partners;

    IssueReportController(IssueReport reports, Issues issues, MessageSource messages, PartnerNames partners) {
        this.reports = reports;
        this.issues = issues;
        this.messages = messages;
        this.partners = partners;
    }

    @GetMapping("/{lang}/office/newsletters/{issueId}/report")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    String report(@PathVariable String lang, @PathVariable long issueId, Model model) {
        model.addAttribute("issue", issues.find(issueId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        model.addAttribute("report", scoped(reports.of(issueId)));
        model.addAttribute("labels", new ReportLabels(messages, partners, Language.fromCode(lang).orElse(Language.DEFAULT)));
        return "newsletters/report";
    }

    @GetMapping("/{lang}/office/newsletters/{issueId}/report.csv")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    void csv(@PathVariable String lang, @PathVariable long issueId, HttpServletResponse response) throws IOException {
        int number = issues.find(issueId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)).number();
        IssueReport.Report report = scoped(reports.of(issueId));
        response.setContentType("text/csv;charset=UTF-8");
        Language language = Language.fromCode(lang).orElse(Language.DEFAULT);
        ReportLabels labels = new ReportLabels(messages, partners, language);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.disposition(true,
                DownloadNames.of(messages, "files.newsletterReport", number, language)));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter writer = response.getWriter();
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(Stream.of("group", "key", "delivered",
                "clickers", "clickRate", "openers", "openRate", "unsubscribed", "unsubscribeRate", "bounced", "bounceRate")
                .map(column -> labels.t("newsletters.report.column." + column)).toArray(String[]::new)).get())) {
            csv.printRecord(print(labels.t("newsletters.report.column.total"), "", report.total(), labels));
            for (String group : List.of("language", "country", "partner")) {
                List<IssueReport.Line> lines = switch (group) {
                    case "language" -> report.byLanguage();
                    case "country" -> report.byCountry();
                    default -> report.byPartner();
                };
                for (IssueReport.Line line : lines) {
                    csv.printRecord(print(labels.t("newsletters.report.key." + group), labels.of(group, line.key()), line, labels));
                }
            }
        }
    }

    private static List<Object> print(String group, String key, IssueReport.Line line, ReportLabels labels) {
        return List.of(group, key, line.delivered(), line.clickers(), labels.rate(line.clickRate()), line.openers(),
                labels.rate(line.openRate()), line.unsubscribed(), labels.rate(line.unsubscribeRate()), line.bounced(),
                labels.rate(line.bounceRate()));
    }

    /** The report with only the partner lines the person may see. */
    private static IssueReport.Report scoped(IssueReport.Report report) {
        List<IssueReport.Line> partners = report.byPartner().stream().filter(line -> CurrentUser.mayActFor(line.key()))
                .toList();
        return new IssueReport.Report(report.total(), report.clicks(), report.byLanguage(), report.byCountry(), partners,
                report.links());
    }
}
