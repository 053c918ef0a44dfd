package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.InformedChannel;
import eu.cybersudoe.companies.OrganisationInformed;
import eu.cybersudoe.companies.internal.CompanyOffice;
import eu.cybersudoe.companies.internal.InformedRecords;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.shared.web.FieldErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Staff record on an organisation's page that it was informed of the programme: how, when, what; they are named as its author. */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
class InformedController {

    private final InformedRecords records;
    private final CompanyOffice office;
    private final CompanyScope scope;
    private final Clock clock;

    InformedController(InformedRecords records, CompanyOffice office, CompanyScope scope, Clock clock) {
        this.records = records;
        this.office = office;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/{lang}/office/companies/{id}/informed")
    String page(@PathVariable String lang, @PathVariable long id, HttpServletRequest request, Model model) {
        CompanyId company = scope.require(id, request);
        return page(company, InformedChannel.EMAIL.name(), LocalDate.now(clock).toString(), "", FieldErrors.NONE, model);
    }

    @PostMapping("/{lang}/office/companies/{id}/informed")
    String record(@PathVariable String lang, @PathVariable long id, @Valid @ModelAttribute("informed") InformedForm form,
                  BindingResult binding, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        CompanyId company = scope.require(id, request);
        InformedChannel channel = Arrays.stream(InformedChannel.values()).filter(c -> c.name().equals(form.channel())).findFirst().orElse(null);
        if (channel == null && !binding.hasFieldErrors("channel")) {
            binding.rejectValue("channel", "informed.error.channel");
        }
        if (binding.hasErrors()) {
            String typedOn = binding.getFieldValue("on") == null ? "" : String.valueOf(binding.getFieldValue("on"));
            return page(company, form.channel(), typedOn, form.what(), FieldErrors.of(binding), model);
        }
        SignedInUser user = CurrentUser.get().orElseThrow();
        records.record(new OrganisationInformed(company, scope.actingPartnerIfAny(request), channel, form.on(), form.what().strip(),
                user.accountId(), user.displayName(), null));
        redirect.addFlashAttribute("notice", "informed.recorded");
        return "redirect:/" + lang + "/office/companies/" + id + "/informed";
    }

    private String page(CompanyId company, String channel, String on, String what, FieldErrors errors, Model model) {
        model.addAttribute("view", new InformedView(office.company(company).orElseThrow(CompanyPageController::notFound),
                records.of(company), List.of(InformedChannel.values()), channel, on, what, errors, scope::shortName));
        return "companies/informed";
    }
}
