package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.newsletters.internal.Issue;
import eu.cybersudoe.newsletters.internal.Issues;
import eu.cybersudoe.newsletters.internal.UncertainCopies;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.shared.web.DownloadNames;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Stream;

/**
 * The copies of an issue left uncertain by a node that stopped while handing them to the relay:
 * listed as CSV, sent again (once the admin confirmed that some recipients may get the issue twice)
 * or closed, by a network admin only (the addresses belong to every partner's contacts).
 */
@Controller
class UncertainCopiesController {

    private final UncertainCopies uncertain;
    private final Issues issues;
    private final MessageSource messages;

    UncertainCopiesController(UncertainCopies uncertain, Issues issues, MessageSource messages) {
        this.uncertain = uncertain;
        this.issues = issues;
        this.messages = messages;
    }

    @GetMapping("/{lang}" + NewsletterOfficeController.BASE + "/{issueId}/uncertain.csv")
    @Access(roles = Role.NETWORK_ADMIN)
    void csv(@PathVariable String lang, @PathVariable long issueId, HttpServletResponse response) throws IOException {
        Issue issue = found(issueId);
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Language language = Language.fromCode(lang).orElse(Language.DEFAULT);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.disposition(true,
                DownloadNames.of(messages, "files.newsletterUncertain", issue.number(), language)));
        DateTimeFormatter handed = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(language.locale()).withZone(language.zone());
        response.getWriter().write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(response.getWriter(), CSVFormat.DEFAULT.builder()
                .setHeader(Stream.of("email", "language", "country", "handedAt")
                        .map(column -> t("newsletters.uncertain.column." + column, language)).toArray(String[]::new)).get())) {
            for (UncertainCopies.Copy copy : uncertain.awaiting(issueId)) {
                csv.printRecord(copy.email(), t("language." + copy.language().code(), language),
                        copy.country() == null ? "" : messages.getMessage("network.country." + copy.country(), null, copy.country(),
                                language.locale()),
                        copy.handedAt() == null ? "" : handed.format(copy.handedAt()));
            }
        }
    }

    @PostMapping("/{lang}" + NewsletterOfficeController.BASE + "/{issueId}/uncertain/resend")
    @Access(roles = Role.NETWORK_ADMIN)
    String resend(@PathVariable String lang, @PathVariable long issueId,
                  @RequestParam(defaultValue = "false") boolean duplicatesAccepted, RedirectAttributes redirect) {
        Issue issue = found(issueId);
        if (!UncertainViews.resendable(issue)) {
            return NewsletterOfficeController.refused(redirect, lang, issueId, "newsletters.uncertain.notResendable");
        }
        if (!duplicatesAccepted) {
            return NewsletterOfficeController.refused(redirect, lang, issueId, "newsletters.uncertain.confirmRequired");
        }
        int copies = uncertain.resend(issueId, account());
        redirect.addFlashAttribute(copies > 0 ? "notice" : "problem",
                copies > 0 ? "newsletters.uncertain.resent" : "newsletters.uncertain.none");
        return "redirect:/" + lang + NewsletterOfficeController.BASE + "/" + issueId;
    }

    @PostMapping("/{lang}" + NewsletterOfficeController.BASE + "/{issueId}/uncertain/close")
    @Access(roles = Role.NETWORK_ADMIN)
    String close(@PathVariable String lang, @PathVariable long issueId, RedirectAttributes redirect) {
        found(issueId);
        int copies = uncertain.close(issueId, account());
        redirect.addFlashAttribute(copies > 0 ? "notice" : "problem",
                copies > 0 ? "newsletters.uncertain.closed" : "newsletters.uncertain.none");
        return "redirect:/" + lang + NewsletterOfficeController.BASE + "/" + issueId;
    }

    private static long account() {
        return CurrentUser.get().map(SignedInUser::accountId).orElseThrow();
    }

    private Issue found(long issueId) {
        return issues.find(issueId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String t(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
