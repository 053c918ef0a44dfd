package eu.cybersudoe.portal.web;

import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.RoleGrant;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import java.util.List;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office: a home with the tools each role may use, the partner and role switcher (every partner
 * for network admins, the partners granted to others who work for several, the roles of those who hold several), and each partner's own page (its staff), which only that partner's staff may open.
 */
@Controller
class OfficeController {

    private final Network network;
    private final StaffDirectory staff;

    OfficeController(Network network, StaffDirectory staff) {
        this.network = network;
        this.staff = staff;
    }

    /** Everyone who has a back office: every role but company users. */
    static final Role[] STAFF = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
            Role.PROGRAMME_OFFICER, Role.ASSOCIATED_STRUCTURE};

    @GetMapping("/{lang}/office")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
            Role.PROGRAMME_OFFICER, Role.ASSOCIATED_STRUCTURE})
    String home(@PathVariable String lang, HttpServletRequest request, Model model) {
        String acting = CurrentUser.actingPartner(request).orElse(null);
        SignedInUser user = CurrentUser.get().orElseThrow();
        List<Partner> switchable = user.role() == Role.NETWORK_ADMIN ? network.partners()
                : user.partners().stream().map(id -> network.partner(new PartnerId(id))).flatMap(Optional::stream).toList();
        List<OfficeView.RoleChoice> roles = user.roles().stream()
                .map(held -> new OfficeView.RoleChoice(held.key(), "role." + held.role().name(),
                        held.partnerId() == null ? null : network.partnerTyped(held.partnerId()).map(Partner::shortName).orElse(held.partnerId()),
                        held.equals(user.acting())))
                .toList();
        model.addAttribute("office", new OfficeView(
                acting == null ? null : network.partner(new PartnerId(acting)).orElse(null), switchable, roles));
        return "portal/office";
    }

    /** Acting with another role the person holds: the back office then shows what that role may do. */
    @PostMapping("/{lang}/office/acting-role")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER, Role.EVALUATOR,
            Role.PROGRAMME_OFFICER, Role.ASSOCIATED_STRUCTURE})
    String actAs(@PathVariable String lang, @RequestParam String role, HttpServletRequest request,
                 HttpServletResponse response, RedirectAttributes redirect) {
        boolean switched = RoleGrant.ofKey(role).map(grant -> CurrentUser.actAs(grant, request, response)).orElse(false);
        if (switched) {
            redirect.addFlashAttribute("notice", "backoffice.actingRole.changed");
        } else {
            redirect.addFlashAttribute("refused", "backoffice.actingRole.refused");
        }
        return "redirect:/" + lang + "/office";
    }

    @PostMapping("/{lang}/office/acting-partner")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.CONTROLLER})
    String actFor(@PathVariable String lang, @RequestParam String partnerId, HttpServletRequest request,
                  RedirectAttributes redirect) {
        Partner partner = partnerOrNotFound(partnerId);
        if (!CurrentUser.maySwitchTo(partner.id().value())) {
            throw new AccessDeniedException("Partner " + partnerId + " is not one of the person's partners");
        }
        request.getSession().setAttribute(CurrentUser.ACTING_PARTNER, partner.id().value());
        redirect.addFlashAttribute("notice", "backoffice.actingPartner.changed");
        return "redirect:/" + lang + "/office";
    }

    @GetMapping("/{lang}/office/partners/{partnerId}")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, ownPartner = true)
    String partner(@PathVariable String lang, @PathVariable String partnerId, Model model) {
        Partner partner = partnerOrNotFound(partnerId);
        model.addAttribute("partner", partner);
        model.addAttribute("staff", staff.staffOf(partner.id().value()));
        return "portal/office-partner";
    }

    private Partner partnerOrNotFound(String partnerId) {
        try {
            return network.partner(new PartnerId(partnerId))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IllegalArgumentException malformed) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
