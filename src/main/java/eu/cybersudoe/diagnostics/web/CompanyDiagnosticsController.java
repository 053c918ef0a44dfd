package eu.cybersudoe.diagnostics.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.diagnostics.internal.DiagnosticsService;
import eu.cybersudoe.diagnostics.internal.Questionnaires;
import eu.cybersudoe.diagnostics.internal.RetakeInvitationStore;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;

/**
 * Partner staff filling in a questionnaire with a company of the registry: the company's
 * assessments, and starting one linked to it (then taken through the usual private link).
 * Network admins may do it for any company; other staff for those their partner brought or served.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
class CompanyDiagnosticsController {

    private final CompanyRegistry registry;
    private final Questionnaires questionnaires;
    private final DiagnosticsService diagnostics;
    private final RetakeInvitationStore invitations;
    private final Clock clock;

    CompanyDiagnosticsController(CompanyRegistry registry, Questionnaires questionnaires, DiagnosticsService diagnostics,
                                 RetakeInvitationStore invitations, Clock clock) {
        this.invitations = invitations;
        this.registry = registry;
        this.questionnaires = questionnaires;
        this.diagnostics = diagnostics;
        this.clock = clock;
    }

    @GetMapping("/{lang}/office/companies/{id}/diagnostics")
    String list(@PathVariable String lang, @PathVariable long id, HttpServletRequest request, Model model) {
        CompanyRegistry.OrganisationSummary company = require(id, request);
        model.addAttribute("company", company);
        model.addAttribute("questionnaires", questionnaires.current());
        var assessments = diagnostics.ofCompany(company.id());
        model.addAttribute("assessments", assessments);
        model.addAttribute("changes", diagnostics.changesSinceFirst(assessments));
        model.addAttribute("invitations", invitations.pending(company.id()));
        model.addAttribute("accountId", CurrentUser.get().map(SignedInUser::accountId).orElse(null));
        model.addAttribute("zone", clock.getZone());
        return "diagnostics/company";
    }

    @PostMapping("/{lang}/office/companies/{id}/diagnostics/{code}/start")
    String start(@PathVariable String lang, @PathVariable long id, @PathVariable String code, HttpServletRequest request) {
        CompanyRegistry.OrganisationSummary company = require(id, request);
        if (questionnaires.current(code).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var started = diagnostics.startFor(company.id(), code, Language.fromCode(lang).orElseThrow(),
                CurrentUser.get().orElseThrow().accountId(), CurrentUser.actingPartner(request).orElse(null));
        return "redirect:/" + lang + "/diagnostics/a/" + started.token() + "/context";
    }

    /**
     * The company, if the person may work with it. Staff get the same refusal for another
     * partner's company and for one that does not exist, so that nothing is learnt from the difference.
     */
    private CompanyRegistry.OrganisationSummary require(long id, HttpServletRequest request) {
        CompanyId company = new CompanyId(id);
        SignedInUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        boolean admin = user.role() == Role.NETWORK_ADMIN;
        String partner = CurrentUser.actingPartner(request).orElse(null);
        if (!admin && !(user.role().isPartnerStaff() && registry.knownBy(company, partner))) {
            throw new AccessDeniedException("Organisation " + id + " is not known by " + partner);
        }
        return registry.find(company).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
