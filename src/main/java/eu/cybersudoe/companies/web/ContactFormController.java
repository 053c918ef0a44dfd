package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.companies.internal.CompanyOffice;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
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

import java.util.List;
import java.util.NoSuchElementException;

/**
 * Adding and editing an organisation's contacts. A new contact's consents are recorded as
 * consent events with the partner as source; an e-mail address already used by another contact
 * is refused.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR}, partnerRows = true)
class ContactFormController {

    private final CompanyOffice office;
    private final CompanyScope scope;

    ContactFormController(CompanyOffice office, CompanyScope scope) {
        this.office = office;
        this.scope = scope;
    }

    @GetMapping("/{lang}/office/companies/{id}/contacts/new")
    String newForm(@PathVariable String lang, @PathVariable long id, HttpServletRequest request, Model model) {
        scope.require(id, request);
        return form(model, id, null, ContactForm.empty(), FieldErrors.NONE);
    }

    @PostMapping("/{lang}/office/companies/{id}/contacts/new")
    String create(@PathVariable String lang, @PathVariable long id, @Valid @ModelAttribute("form") ContactForm form,
                  BindingResult binding, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        CompanyId company = scope.require(id, request);
        String partner = scope.actingPartner(request);
        if (!binding.hasErrors()) {
            List<Registration.Problem> problems = office.addContact(company, form.details(), form.consents(), form.basis(),
                    partner, scope.formSource(partner), CompanyScope.accountId());
            CompanyFormController.reject(new Registration.Rejected(problems), binding);
        }
        if (binding.hasErrors()) {
            return form(model, id, null, form, FieldErrors.of(binding));
        }
        redirect.addFlashAttribute("notice", "companypage.contact.added");
        return "redirect:/" + lang + "/office/companies/" + id + "#contacts";
    }

    @GetMapping("/{lang}/office/companies/{id}/contacts/{contactId}/edit")
    String editForm(@PathVariable String lang, @PathVariable long id, @PathVariable long contactId,
                    HttpServletRequest request, Model model) {
        CompanyId company = scope.require(id, request);
        ContactForm form = office.contact(company, contactId).filter(c -> !c.erased()).map(ContactForm::of)
                .orElseThrow(CompanyPageController::notFound);
        return form(model, id, contactId, form, FieldErrors.NONE);
    }

    @PostMapping("/{lang}/office/companies/{id}/contacts/{contactId}/edit")
    String update(@PathVariable String lang, @PathVariable long id, @PathVariable long contactId,
                  @Valid @ModelAttribute("form") ContactForm form, BindingResult binding, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        CompanyId company = scope.require(id, request);
        if (!binding.hasErrors()) {
            try {
                CompanyFormController.reject(new Registration.Rejected(office.editContact(company, contactId, form.details())), binding);
            } catch (NoSuchElementException missing) {
                throw CompanyPageController.notFound();
            }
        }
        if (binding.hasErrors()) {
            return form(model, id, contactId, form, FieldErrors.of(binding));
        }
        redirect.addFlashAttribute("notice", "companypage.contact.updated");
        return "redirect:/" + lang + "/office/companies/" + id + "#contact-" + contactId;
    }

    private static String form(Model model, long id, Long contactId, ContactForm form, FieldErrors errors) {
        model.addAttribute("companyId", id);
        model.addAttribute("contactId", contactId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("languages", Language.values());
        model.addAttribute("bases", LawfulBasis.values());
        return "companies/contact-form";
    }
}
