package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.internal.AccountService;
import eu.cybersudoe.accounts.internal.PasswordStrength;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.web.FieldErrors;
import eu.cybersudoe.shared.web.RateLimiter;
import eu.cybersudoe.shared.web.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;

/** "Forgotten password": a one-hour link by e-mail, then a new password. */
@Controller
@Access(Access.Audience.PUBLIC)
class PasswordResetController {

    static final int PER_ADDRESS_PER_HOUR = 5;

    private final AccountService accounts;
    private final RateLimiter limiter;
    private final PasswordStrength strength;

    PasswordResetController(AccountService accounts, RateLimiter limiter, PasswordStrength strength) {
        this.accounts = accounts;
        this.limiter = limiter;
        this.strength = strength;
    }

    @GetMapping("/{lang}/password/forgot")
    String requestForm(@PathVariable String lang, Model model) {
        model.addAttribute("email", "");
        return "accounts/forgot";
    }

    @PostMapping("/{lang}/password/forgot")
    String request(@PathVariable String lang, @RequestParam(defaultValue = "") String email, HttpServletRequest request) {
        if (!limiter.tryAcquire("password-reset", Forms.addressOf(request), PER_ADDRESS_PER_HOUR, Duration.ofHours(1))) {
            throw new TooManyRequestsException();
        }
        if (!email.isBlank() && email.length() <= 254) {
            accounts.requestPasswordReset(email, Language.fromCode(lang).orElseThrow());
        }
        return "redirect:/" + lang + "/password/sent";
    }

    @GetMapping("/{lang}/password/sent")
    String sent(@PathVariable String lang, Model model) {
        model.addAttribute("messageKey", "password.sent");
        return "accounts/notice";
    }

    @GetMapping("/{lang}/password/reset")
    String resetForm(@PathVariable String lang, @RequestParam(defaultValue = "") String token, Model model) {
        if (!accounts.isResetLinkValid(token)) {
            model.addAttribute("messageKey", "password.invalidLink");
            return "accounts/notice";
        }
        model.addAttribute("token", token);
        model.addAttribute("errors", FieldErrors.NONE);
        return "accounts/reset";
    }

    @PostMapping("/{lang}/password/reset")
    String reset(@PathVariable String lang, @RequestParam(defaultValue = "") String token,
                 @Valid @ModelAttribute("form") PasswordForm form, BindingResult binding, Model model,
                 RedirectAttributes redirect, HttpServletRequest request) {
        Forms.requireSamePasswords(form.passwordsMatch(), binding);
        accounts.resetLinkAccount(token).ifPresent(account ->
                Forms.requireStrongPassword(strength, form.password(), binding, account.email(), account.displayName()));
        if (binding.hasErrors()) {
            model.addAttribute("token", token);
            model.addAttribute("errors", FieldErrors.of(binding));
            return "accounts/reset";
        }
        if (!accounts.resetPassword(token, form.password(), Forms.originOf(request))) {
            model.addAttribute("messageKey", "password.invalidLink");
            return "accounts/notice";
        }
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/" + lang + "/login";
    }
}
