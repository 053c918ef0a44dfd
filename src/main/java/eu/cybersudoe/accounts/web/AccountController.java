package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.internal.Account;
import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.accounts.internal.PasswordStrength;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.SessionValidity;
import eu.cybersudoe.shared.security.SignedInUser;
import eu.cybersudoe.shared.web.DownloadNames;
import eu.cybersudoe.shared.web.FieldErrors;
import eu.cybersudoe.shared.web.PartnerNames;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/** The account page: password, language, personal-data export, deletion. */
@Controller
@Access(Access.Audience.SIGNED_IN)
class AccountController {

    private final AccountService accounts;
    private final MessageSource messages;
    private final ObjectProvider<PartnerNames> partners;
    private final PasswordStrength strength;
    private final AccountSignIns signIns;

    AccountController(AccountService accounts, MessageSource messages, ObjectProvider<PartnerNames> partners,
                      PasswordStrength strength, AccountSignIns signIns) {
        this.accounts = accounts;
        this.messages = messages;
        this.partners = partners;
        this.strength = strength;
        this.signIns = signIns;
    }

    @GetMapping("/{lang}/account")
    String page(@PathVariable String lang, HttpServletRequest request, Model model) throws ServletException {
        if (accounts.find(me().accountId()).isEmpty()) {
            request.logout();
            return "redirect:/" + lang + "/login";
        }
        show(model, PasswordForm.empty(), FieldErrors.NONE);
        return "accounts/account";
    }

    @PostMapping("/{lang}/account/password")
    String changePassword(@PathVariable String lang, @Valid @ModelAttribute("form") PasswordForm form, BindingResult binding,
                          Model model, RedirectAttributes redirect, HttpServletRequest request) {
        Forms.requireSamePasswords(form.passwordsMatch(), binding);
        Forms.requireStrongPassword(strength, form.password(), binding, me().email(), me().displayName());
        if (!binding.hasErrors() && !accounts.changePassword(me().accountId(), form.currentPassword(), form.password(), Forms.originOf(request))) {
            binding.rejectValue("currentPassword", "account.password.wrong");
        }
        if (binding.hasErrors()) {
            show(model, form, FieldErrors.of(binding));
            return "accounts/account";
        }
        // the other sessions of the account end everywhere; this one goes on
        accounts.sessionsEndedAt(me().accountId())
                .ifPresent(at -> request.getSession().setAttribute(SessionValidity.SIGNED_IN_AT, at));
        redirect.addFlashAttribute("notice", "account.password.changed");
        return "redirect:/" + lang + "/account";
    }

    @PostMapping("/{lang}/account/language")
    String chooseLanguage(@PathVariable String lang, @RequestParam String language, RedirectAttributes redirect) {
        Language chosen = Language.fromCode(language).orElse(Language.DEFAULT);
        accounts.chooseLanguage(me().accountId(), chosen);
        redirect.addFlashAttribute("notice", "account.language.saved");
        return "redirect:/" + chosen.code() + "/account";
    }

    @GetMapping("/{lang}/account/export")
    ResponseEntity<Map<String, Object>> export(@PathVariable String lang) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.disposition(true,
                        DownloadNames.of(messages, Language.fromCode(lang).orElse(Language.DEFAULT), "files.personalData")))
                .contentType(MediaType.APPLICATION_JSON)
                .body(accounts.personalData(me().accountId()));
    }

    @PostMapping("/{lang}/account/delete")
    String delete(@PathVariable String lang, @RequestParam(defaultValue = "") String password, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) throws ServletException {
        if (!accounts.delete(me().accountId(), password)) {
            model.addAttribute("deleteError", "account.delete.wrongPassword");
            show(model, PasswordForm.empty(), FieldErrors.NONE);
            return "accounts/account";
        }
        request.logout();
        redirect.addFlashAttribute("notice", "account.deleted");
        return "redirect:/" + lang + "/";
    }

    /** The partner's name as people know it, never its identifier (which shows only where no name is known). */
    private String partnerName(String partnerId) {
        PartnerNames names = partners.getIfAvailable();
        return partnerId == null || names == null ? partnerId : names.shortName(partnerId).orElse(partnerId);
    }

    private void show(Model model, PasswordForm form, FieldErrors errors) {
        Account account = accounts.find(me().accountId()).orElseThrow();
        model.addAttribute("account", new AccountView(account.email(), account.displayName(), account.role(),
                partnerName(account.partnerId()), account.language()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("signIns", signIns.of(account));
        if (!model.containsAttribute("deleteError")) {
            model.addAttribute("deleteError", null);
        }
    }

    private static SignedInUser me() {
        return CurrentUser.get().orElseThrow();
    }
}
