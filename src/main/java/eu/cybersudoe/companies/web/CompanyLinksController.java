package eu.cybersudoe.companies.web;

import eu.cybersudoe.accounts.AccountDirectory;
import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.companies.CompanyUsers.Link;
import eu.cybersudoe.companies.CompanyUsers.LinkRefused;
import eu.cybersudoe.companies.internal.CompanyFile;
import eu.cybersudoe.companies.internal.CompanyOffice;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Requests of company users to be linked to a company, as those who may decide see them: a
 * network admin, or a manager of a partner that knows the company (brought or served it, or
 * answers for its region). Approving lets the person correct the company's data; either way they are told by e-mail.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
class CompanyLinksController {

    private final CompanyUsers users;
    private final CompanyOffice office;
    private final AccountDirectory accounts;
    private final CompanyScope scope;

    CompanyLinksController(CompanyUsers users, CompanyOffice office, AccountDirectory accounts, CompanyScope scope) {
        this.users = users;
        this.office = office;
        this.accounts = accounts;
        this.scope = scope;
    }

    @GetMapping("/{lang}/office/company-links")
    String list(@PathVariable String lang, HttpServletRequest request, Model model) {
        model.addAttribute("requests", users.pendingFor(decider(request)).stream().map(this::request).toList());
        return "companies/links";
    }

    @PostMapping("/{lang}/office/company-links/{linkId}/approve")
    String approve(@PathVariable String lang, @PathVariable long linkId, HttpServletRequest request, RedirectAttributes redirect) {
        return decide(lang, () -> users.approve(linkId, decider(request)),
                "companies.link.approved", redirect);
    }

    @PostMapping("/{lang}/office/company-links/{linkId}/refuse")
    String refuse(@PathVariable String lang, @PathVariable long linkId, HttpServletRequest request, RedirectAttributes redirect) {
        return decide(lang, () -> users.refuse(linkId, decider(request)),
                "companies.link.refused", redirect);
    }

    /** A network admin decides as such (for the partner chosen, if any); partner managers for their partner. */
    private CompanyUsers.Decider decider(HttpServletRequest request) {
        boolean admin = CurrentUser.get().map(user -> user.role() == Role.NETWORK_ADMIN).orElse(false);
        return admin ? CompanyUsers.Decider.networkAdmin(CompanyScope.accountId(), scope.actingPartnerIfAny(request))
                : CompanyUsers.Decider.partnerStaff(CompanyScope.accountId(), scope.actingPartner(request));
    }

    private String decide(String lang, Supplier<Link> decision, String notice, RedirectAttributes redirect) {
        try {
            decision.get();
            redirect.addFlashAttribute("notice", notice);
        } catch (LinkRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/" + lang + "/office/company-links";
    }

    private LinkRequest request(Link link) {
        var account = accounts.account(link.accountId());
        var company = office.company(link.company());
        return new LinkRequest(link.id(), account.map(AccountDirectory.AccountCard::displayName).orElse(""),
                account.map(AccountDirectory.AccountCard::email).orElse(""), link.company().value(),
                company.map(CompanyFile.Company::legalName).orElse(""), company.map(CompanyFile.Company::country).orElse(""),
                LocalDate.ofInstant(link.requestedAt(), CompanyView.ZONE));
    }
}
