package eu.cybersudoe.companies.web;

import eu.cybersudoe.accounts.InvitationOutcome;
import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.internal.Associations;
import eu.cybersudoe.companies.internal.CompanyOffice;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.FieldErrors;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;

/**
 * A support structure becomes associated with the network, sponsored by the acting partner, and
 * its members are invited. Network admins and the managers of partners that know it.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
class AssociationController {

    private final Associations associations;
    private final CompanyOffice office;
    private final CompanyScope scope;

    AssociationController(Associations associations, CompanyOffice office, CompanyScope scope) {
        this.associations = associations;
        this.office = office;
        this.scope = scope;
    }

    @GetMapping("/{lang}/office/companies/{id}/association")
    String page(@PathVariable String lang, @PathVariable long id, HttpServletRequest request, Model model) {
        CompanyId company = scope.require(id, request);
        return page(company, "", "", lang, FieldErrors.NONE, model);
    }

    @PostMapping("/{lang}/office/companies/{id}/association")
    String associate(@PathVariable String lang, @PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        CompanyId company = scope.require(id, request);
        boolean done = associations.associate(company, scope.actingPartnerIfAny(request), CompanyScope.accountId());
        redirect.addFlashAttribute(done ? "notice" : "refused", done ? "association.done" : "association.refused");
        return "redirect:/" + lang + "/office/companies/" + id + "/association";
    }

    @PostMapping("/{lang}/office/companies/{id}/association/members")
    String invite(@PathVariable String lang, @PathVariable long id, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String language,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        CompanyId company = scope.require(id, request);
        String field = name.isBlank() || name.length() > 200 ? "name"
                : email.isBlank() || email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? "email" : null;
        Language chosen = Language.fromCode(language).orElse(Language.fromCode(lang).orElse(Language.DEFAULT));
        if (field != null) {
            return page(company, name, email, chosen.code(), error(field, field.equals("name") ? "NotBlank" : "Email"), model);
        }
        InvitationOutcome outcome = associations.inviteMember(company, CurrentUser.get().orElseThrow(), email, name, chosen);
        if (outcome instanceof InvitationOutcome.Refused refused) {
            return page(company, name, email, chosen.code(), error("email", refused.messageKey()), model);
        }
        redirect.addFlashAttribute("notice", "people.invite.sent");
        return "redirect:/" + lang + "/office/companies/" + id + "/association";
    }

    private String page(CompanyId company, String name, String email, String language, FieldErrors errors, Model model) {
        var association = associations.association(company);
        model.addAttribute("view", new AssociationView(office.company(company).orElseThrow(CompanyPageController::notFound),
                association.map(a -> scope.shortName(a.sponsorPartnerId())).orElse(null),
                association.map(a -> a.since().atZone(CompanyView.ZONE).toLocalDate()).orElse(null),
                associations.members(company), name, email, language, List.of(Language.values()), errors));
        return "companies/association";
    }

    private static FieldErrors error(String field, String key) {
        return new FieldErrors(Map.of(field, List.of(new DefaultMessageSourceResolvable(key))), List.of());
    }
}
