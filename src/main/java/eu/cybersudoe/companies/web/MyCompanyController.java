package eu.cybersudoe.companies.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.companies.CompanyUsers.LinkRefused;
import eu.cybersudoe.companies.OrganisationKind;
import eu.cybersudoe.companies.Registration;
import eu.cybersudoe.companies.internal.CompanyFile;
import eu.cybersudoe.companies.internal.CompanyOffice;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.companies.classification.Activities;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.shared.web.FieldErrors;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Optional;

/**
 * A company user's company: find it by its identifier and ask to be linked (a partner decides),
 * or register it; once linked, see it and correct its data. Only the company the account is
 * linked to is ever shown; partners' private notes and other people's contact data never are.
 */
@Controller
@Access(roles = Role.COMPANY_USER)
class MyCompanyController {

    private static final OrganisationKind[] COMPANY_ONLY = {OrganisationKind.COMPANY};

    private final CompanyUsers users;
    private final CompanyOffice office;
    private final Network network;
    private final Activities activities;
    private final CompanyScope scope;

    MyCompanyController(CompanyUsers users, CompanyOffice office, Network network, CompanyScope scope, Activities activities) {
        this.activities = activities;
        this.users = users;
        this.office = office;
        this.network = network;
        this.scope = scope;
    }

    @GetMapping("/{lang}/my-company")
    String show(@PathVariable String lang, Model model) {
        return page(model, user(), "", "", FieldErrors.NONE);
    }

    @PostMapping("/{lang}/my-company/request")
    String request(@PathVariable String lang, @RequestParam(defaultValue = "") String country,
                   @RequestParam(defaultValue = "") String identifier, Model model, RedirectAttributes redirect) {
        SignedInUser user = user();
        BindingResult binding = new MapBindingResult(new HashMap<>(), "request");
        Optional<Country> chosen = Arrays.stream(Country.values()).filter(c -> c.name().equals(country)).findFirst();
        if (chosen.isEmpty()) {
            binding.rejectValue("country", "companies.country.required");
        } else {
            try {
                users.requestByIdentifier(user.accountId(), user.role(), chosen.get(), identifier);
            } catch (LinkRefused refused) {
                binding.rejectValue("identifier", refused.messageKey());
            }
        }
        if (binding.hasErrors()) {
            return page(model, user, country, identifier, FieldErrors.of(binding));
        }
        redirect.addFlashAttribute("notice", "mycompany.requested");
        return "redirect:/" + lang + "/my-company";
    }

    @GetMapping("/{lang}/my-company/new")
    String newForm(@PathVariable String lang, Model model, RedirectAttributes redirect) {
        if (hasCompany(user())) {
            return alreadyLinked(lang, redirect);
        }
        return companyForm(model, CompanyForm.empty(), FieldErrors.NONE, "/my-company/new");
    }

    @PostMapping("/{lang}/my-company/new")
    String create(@PathVariable String lang, @Valid @ModelAttribute("form") CompanyForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        SignedInUser user = user();
        if (hasCompany(user)) {
            return alreadyLinked(lang, redirect);
        }
        var input = form.toNewOrganisation(binding);
        if (!binding.hasErrors()) {
            Registration result = users.createCompany(user.accountId(), user.role(), input.asCompany());
            if (result instanceof Registration.Rejected rejected) {
                CompanyFormController.reject(rejected, binding);
            }
        }
        if (binding.hasErrors()) {
            return companyForm(model, form, FieldErrors.of(binding), "/my-company/new");
        }
        redirect.addFlashAttribute("notice", "mycompany.created");
        return "redirect:/" + lang + "/my-company";
    }

    @GetMapping("/{lang}/my-company/edit")
    String editForm(@PathVariable String lang, Model model) {
        CompanyId company = requireCompany(user());
        return companyForm(model, CompanyForm.of(office.company(company).orElseThrow()), FieldErrors.NONE, "/my-company/edit");
    }

    @PostMapping("/{lang}/my-company/edit")
    String update(@PathVariable String lang, @Valid @ModelAttribute("form") CompanyForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        CompanyId company = requireCompany(user());
        var input = form.toNewOrganisation(binding);
        if (!binding.hasErrors()) {
            try {
                Registration result = office.update(company, form.versionNumber(), input.asCompany(), null);
                if (result instanceof Registration.Rejected rejected) {
                    CompanyFormController.reject(rejected, binding);
                }
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                binding.reject(CompanyOffice.CHANGED_MEANWHILE);
            }
        }
        if (binding.hasErrors()) {
            return companyForm(model, form, FieldErrors.of(binding), "/my-company/edit");
        }
        redirect.addFlashAttribute("notice", "companypage.updated");
        return "redirect:/" + lang + "/my-company";
    }

    private String page(Model model, SignedInUser user, String country, String identifier, FieldErrors errors) {
        Optional<CompanyId> company = users.companyOf(user.accountId());
        model.addAttribute("view", company.flatMap(id -> office.file(id, null))
                .map(file -> CompanyView.of(file, network, activities, scope::shortName)).orElse(null));
        model.addAttribute("ownContact", company.flatMap(id -> OwnContact.entry(office, id, user.email())).orElse(null));
        model.addAttribute("latest", users.latestOf(user.accountId()).filter(link -> company.isEmpty()).orElse(null));
        model.addAttribute("latestCompany", users.latestOf(user.accountId()).flatMap(link -> office.company(link.company()))
                .map(CompanyFile.Company::legalName).orElse(null));
        model.addAttribute("countries", Country.values());
        model.addAttribute("country", country);
        model.addAttribute("identifier", identifier);
        model.addAttribute("errors", errors);
        return "companies/my-company";
    }

    private static String companyForm(Model model, CompanyForm form, FieldErrors errors, String action) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("companyId", action.endsWith("/new") ? null : 0L);
        model.addAttribute("countries", Country.values());
        model.addAttribute("kinds", COMPANY_ONLY);
        model.addAttribute("action", action);
        model.addAttribute("cancel", "/my-company");
        return "companies/form";
    }

    private CompanyId requireCompany(SignedInUser user) {
        return users.companyOf(user.accountId()).orElseThrow(() -> new AccessDeniedException("No company linked"));
    }

    private boolean hasCompany(SignedInUser user) {
        return users.companyOf(user.accountId()).isPresent();
    }

    /** Someone who already has a company goes back to it: an account belongs to one company at most. */
    private static String alreadyLinked(String lang, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refused", "companies.link.alreadyLinked");
        return "redirect:/" + lang + "/my-company";
    }

    static SignedInUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
