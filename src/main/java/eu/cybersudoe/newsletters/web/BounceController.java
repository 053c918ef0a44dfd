package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.newsletters.internal.BounceEvents;
import eu.cybersudoe.newsletters.internal.Issue;
import eu.cybersudoe.newsletters.internal.Issues;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.Optional;

/**
 * The bounces of an issue: counts by kind, the bounces page by page and the addresses they
 * suppressed. Network admins see every address; a partner's managers see the counts of the whole
 * issue but only the addresses of contacts of organisations linked to their partner.
 */
@Controller
class BounceController {

    static final int PAGE_SIZE = 50;

    private final Issues issues;
    private final BounceEvents bounces;

    BounceController(Issues issues, BounceEvents bounces) {
        this.issues = issues;
        this.bounces = bounces;
    }

    @GetMapping("/{lang}" + NewsletterOfficeController.BASE + "/{issueId}/bounces")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
    String bounces(@PathVariable String lang, @PathVariable long issueId, @RequestParam(defaultValue = "1") String page,
                   Model model) {
        Issue issue = issues.find(issueId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<String> partner = NewsletterOfficeController.isAdmin() ? Optional.empty()
                : Optional.of(CurrentUser.get().map(SignedInUser::partnerId).orElse(""));
        long total = bounces.total(issueId, partner);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(pages, Math.max(1, parse(page)));
        model.addAttribute("view", new BouncesView(issue, bounces.counts(issueId),
                bounces.page(issueId, partner, (current - 1) * PAGE_SIZE, PAGE_SIZE), current, pages, total,
                bounces.suppressed(issueId, partner), partner.isPresent()));
        return "newsletters/bounces";
    }

    private static int parse(String page) {
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException unreadable) {
            return 1;
        }
    }
}
