package eu.cybersudoe.newsletters.web;

import org.springframework.http.HttpHeaders;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.web.DownloadNames;
import org.springframework.context.MessageSource;
import eu.cybersudoe.newsletters.internal.IssueReport;
import eu.cybersudoe.newsletters.internal.Issues;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

    IssueReportController(IssueReport reports, Issues issues, MessageSource messages) {
        this.reports = reports;
        this.issues = issues;
        this.messages = messages;
    }

    @GetMapping("/{lang}/office/newsletters/{issueId}/report")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    String report(@PathVariable String lang, @PathVariable long issueId, Model model) {
        model.addAttribute("issue", issues.find(issueId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
        model.addAttribute("report", scoped(reports.of(issueId)));
        return "newsletters/report";
    }

    @GetMapping("/{lang}/office/newsletters/{issueId}/report.csv")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    void csv(@PathVariable String lang, @PathVariable long issueId, HttpServletResponse response) throws IOException {
        int number = issues.find(issueId).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)).number();
        IssueReport.Report report = scoped(reports.of(issueId));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.disposition(true,
                DownloadNames.of(messages, "files.newsletterReport", number, Language.fromCode(lang).orElse(Language.DEFAULT))));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter writer = response.getWriter();
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader("group", "key", "delivered",
                "clickers", "click_rate_percent", "openers", "open_rate_percent", "unsubscribed", "unsubscribe_rate_percent",
                "bounced", "bounce_rate_percent")
                .get())) {
            print(csv, "issue", List.of(report.total()));
            print(csv, "language", report.byLanguage());
            print(csv, "country", report.byCountry());
            print(csv, "partner", report.byPartner());
        }
    }

    private static void print(CSVPrinter csv, String group, List<IssueReport.Line> lines) throws IOException {
        for (IssueReport.Line line : lines) {
            csv.printRecord(group, line.key(), line.delivered(), line.clickers(), line.clickRate(), line.openers(),
                    line.openRate(), line.unsubscribed(), line.unsubscribeRate(), line.bounced(), line.bounceRate());
        }
    }

    /** The report with only the partner lines the person may see. */
    private static IssueReport.Report scoped(IssueReport.Report report) {
        List<IssueReport.Line> partners = report.byPartner().stream().filter(line -> CurrentUser.mayActFor(line.key()))
                .toList();
        return new IssueReport.Report(report.total(), report.clicks(), report.byLanguage(), report.byCountry(), partners,
                report.links());
    }
}
