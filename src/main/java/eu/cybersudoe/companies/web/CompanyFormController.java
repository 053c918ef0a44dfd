package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.companies.internal.CompanyOffice;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.FieldErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating and editing an organisation. The registry validates; each of its problems is shown on
 * its field. A new organisation whose identifier is already known opens the existing one, to
 * which the partner is added. An edit started before someone else's change is refused.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR})
class CompanyFormController {

    private final CompanyRegistry registry;
    private final CompanyOffice office;
    private final CompanyScope scope;

    CompanyFormController(CompanyRegistry registry, CompanyOffice office, CompanyScope scope) {
        this.registry = registry;
        this.office = office;
        this.scope = scope;
    }

    @GetMapping("/{lang}/office/companies/new")
    String newForm(@PathVariable String lang, HttpServletRequest request, Model model) {
        scope.actingPartner(request);
        return form(model, CompanyForm.empty(), FieldErrors.NONE, null);
    }

    @PostMapping("/{lang}/office/companies/new")
    String create(@PathVariable String lang, @Valid @ModelAttribute("form") CompanyForm form, BindingResult binding,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        String partner = scope.actingPartner(request);
        var input = form.toNewOrganisation(binding);
        if (binding.hasErrors()) {
            return form(model, form, FieldErrors.of(binding), null);
        }
        Registration result = registry.register(input, partner);
        if (result instanceof Registration.Rejected rejected) {
            reject(rejected, binding);
            return form(model, form, FieldErrors.of(binding), null);
        }
        Registration.Registered registered = (Registration.Registered) result;
        redirect.addFlashAttribute("notice", registered.created() ? "companypage.created" : "companypage.alreadyKnown");
        return "redirect:/" + lang + "/office/companies/" + registered.id().value();
    }

    @GetMapping("/{lang}/office/companies/{id}/edit")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
    String editForm(@PathVariable String lang, @PathVariable long id, HttpServletRequest request, Model model) {
        CompanyId company = scope.require(id, request);
        CompanyForm form = CompanyForm.of(office.company(company).orElseThrow(CompanyPageController::notFound));
        return form(model, form, FieldErrors.NONE, id);
    }

    @PostMapping("/{lang}/office/companies/{id}/edit")
    @Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
    String update(@PathVariable String lang, @PathVariable long id, @Valid @ModelAttribute("form") CompanyForm form,
                  BindingResult binding, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        CompanyId company = scope.require(id, request);
        String partner = scope.actingPartnerIfAny(request);
        var input = form.toNewOrganisation(binding);
        if (binding.hasErrors()) {
            return form(model, form, FieldErrors.of(binding), id);
        }
        Registration result;
        try {
            result = office.update(company, form.versionNumber(), input, partner);
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            binding.reject(CompanyOffice.CHANGED_MEANWHILE);
            return form(model, form, FieldErrors.of(binding), id);
        }
        if (result instanceof Registration.Rejected rejected) {
            reject(rejected, binding);
            return form(model, form, FieldErrors.of(binding), id);
        }
        redirect.addFlashAttribute("notice", "companypage.updated");
        return "redirect:/" + lang + "/office/companies/" + id;
    }

    /** Each problem of the registry as an error of its field; one without a field of the form is shown for the whole form. */
    static void reject(Registration.Rejected rejected, BindingResult binding) {
        for (Registration.Problem problem : rejected.problems()) {
            Object[] arguments = problem.arguments().toArray();
            if (problem.field() == null || "version".equals(problem.field())) {
                binding.reject(problem.messageKey(), arguments, null);
            } else {
                binding.rejectValue(problem.field(), problem.messageKey(), arguments, null);
            }
        }
    }

    private static String form(Model model, CompanyForm form, FieldErrors errors, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("companyId", id);
        model.addAttribute("countries", Country.values());
        model.addAttribute("kinds", OrganisationKind.values());
        return "companies/form";
    }
}
