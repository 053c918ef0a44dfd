package eu.cybersudoe.diagnostics.web;

import eu.cybersudoe.diagnostics.internal.DiagnosticsOffice;
import eu.cybersudoe.diagnostics.internal.Questionnaires;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Completed assessments per questionnaire, in the back office: for the network (network
 * admins acting for no partner see the network's) and for the partner one acts for.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER})
class DiagnosticsOfficeController {

    private final DiagnosticsOffice office;
    private final Questionnaires questionnaires;

    DiagnosticsOfficeController(DiagnosticsOffice office, Questionnaires questionnaires) {
        this.office = office;
        this.questionnaires = questionnaires;
    }

    @GetMapping("/{lang}/office/diagnostics")
    String counts(@PathVariable String lang, HttpServletRequest request, Model model) {
        String partner = CurrentUser.actingPartner(request).orElse(null);
        boolean admin = CurrentUser.get().map(u -> u.role() == Role.NETWORK_ADMIN).orElse(false);
        model.addAttribute("questionnaires", questionnaires.current());
        model.addAttribute("partnerId", partner);
        model.addAttribute("partnerCounts", partner == null ? java.util.Map.of() : office.completedByQuestionnaire(partner));
        model.addAttribute("networkCounts", admin ? office.completedByQuestionnaire(null) : java.util.Map.of());
        model.addAttribute("admin", admin);
        return "diagnostics/office";
    }
}
