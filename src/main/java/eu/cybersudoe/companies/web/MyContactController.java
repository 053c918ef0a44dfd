package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.LawfulBasis;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.companies.internal.CompanyFile;
import eu.cybersudoe.companies.internal.CompanyOffice;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.shared.web.FieldErrors;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A linked company user's own contact data: the contact of their company with their account's
 * address (created on first save). Consents they tick or untick are recorded as given by
 * themselves, with the lawful basis "consent" and the account form as source.
 */
@Controller
@Access(roles = Role.COMPANY_USER)
class MyContactController {

    /** How a consent changed by the person themselves is recorded as to its source. */
    static final String SOURCE = "account form";

    private final CompanyUsers users;
    private final CompanyOffice office;

    MyContactController(CompanyUsers users, CompanyOffice office) {
        this.users = users;
        this.office = office;
    }

    @GetMapping("/{lang}/my-company/contact")
    String form(@PathVariable String lang, Model model) {
        SignedInUser user = MyCompanyController.user();
        CompanyId company = requireCompany(user);
        ContactForm form = OwnContact.entry(office, company, user.email()).map(ContactForm::of)
                .orElseGet(() -> ContactForm.ofAccount(user.displayName(), user.email(), user.language()));
        return form(model, company, form, FieldErrors.NONE);
    }

    @PostMapping("/{lang}/my-company/contact")
    String save(@PathVariable String lang, @Valid @ModelAttribute("form") ContactForm posted, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        SignedInUser user = MyCompanyController.user();
        CompanyId company = requireCompany(user);
        ContactForm form = posted.withEmail(user.email());
        if (!binding.hasErrors()) {
            Optional<CompanyFile.ContactEntry> existing = OwnContact.entry(office, company, user.email());
            List<Registration.Problem> problems = existing.isPresent()
                    ? update(company, existing.get(), form, user)
                    : office.addContact(company, form.details(), form.consents(), LawfulBasis.CONSENT, null, SOURCE, user.accountId());
            CompanyFormController.reject(new Registration.Rejected(problems), binding);
        }
        if (binding.hasErrors()) {
            return form(model, company, form, FieldErrors.of(binding));
        }
        redirect.addFlashAttribute("notice", "companypage.contact.updated");
        return "redirect:/" + lang + "/my-company";
    }

    private List<Registration.Problem> update(CompanyId company, CompanyFile.ContactEntry contact, ContactForm form, SignedInUser user) {
        List<Registration.Problem> problems = office.editContact(company, contact.id(), form.details());
        if (problems.isEmpty()) {
            Set<ConsentPurpose> wanted = form.consents();
            record(company, contact, ConsentPurpose.NEWSLETTER, contact.newsletterConsent(), wanted, user);
            record(company, contact, ConsentPurpose.EVENT_INVITATIONS, contact.invitationConsent(), wanted, user);
        }
        return problems;
    }

    private void record(CompanyId company, CompanyFile.ContactEntry contact, ConsentPurpose purpose, boolean current,
                        Set<ConsentPurpose> wanted, SignedInUser user) {
        if (wanted.contains(purpose) != current) {
            office.recordConsent(company, contact.id(), purpose, !current, LawfulBasis.CONSENT, null, SOURCE, user.accountId());
        }
    }

    private CompanyId requireCompany(SignedInUser user) {
        return users.companyOf(user.accountId()).orElseThrow(() -> new AccessDeniedException("No company linked"));
    }

    private static String form(Model model, CompanyId company, ContactForm form, FieldErrors errors) {
        model.addAttribute("companyId", company.value());
        model.addAttribute("contactId", null);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("languages", Language.values());
        model.addAttribute("bases", LawfulBasis.values());
        model.addAttribute("action", "/my-company/contact");
        model.addAttribute("cancel", "/my-company");
        model.addAttribute("own", true);
        return "companies/contact-form";
    }
}
