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

import java.time.Duration;

/** Self-registration of company users, confirmed by a link sent by e-mail. */
@Controller
@Access(Access.Audience.ANONYMOUS)
class RegistrationController {

    static final int PER_ADDRESS_PER_HOUR = 5;

    private final AccountService accounts;
    private final RateLimiter limiter;
    private final PasswordStrength strength;

    RegistrationController(AccountService accounts, RateLimiter limiter, PasswordStrength strength) {
        this.accounts = accounts;
        this.limiter = limiter;
        this.strength = strength;
    }

    @GetMapping("/{lang}/register")
    String form(@PathVariable String lang, Model model) {
        model.addAttribute("form", RegistrationForm.empty());
        model.addAttribute("errors", FieldErrors.NONE);
        return "accounts/register";
    }

    @PostMapping("/{lang}/register")
    String register(@PathVariable String lang, @Valid @ModelAttribute("form") RegistrationForm form, BindingResult binding,
                    HttpServletRequest request, Model model) {
        Forms.requireSamePasswords(form.passwordsMatch(), binding);
        Forms.requireStrongPassword(strength, form.password(), binding, form.email(), form.displayName());
        if (binding.hasErrors()) {
            model.addAttribute("errors", FieldErrors.of(binding));
            return "accounts/register";
        }
        if (!limiter.tryAcquire("register", Forms.addressOf(request), PER_ADDRESS_PER_HOUR, Duration.ofHours(1))) {
            throw new TooManyRequestsException();
        }
        if (form.website() == null || form.website().isBlank()) {
            accounts.registerCompanyUser(form.email(), form.displayName(), form.password(), Language.fromCode(lang).orElseThrow());
        }
        return "redirect:/" + lang + "/register/sent";
    }

    @GetMapping("/{lang}/register/sent")
    String sent(@PathVariable String lang, Model model) {
        model.addAttribute("messageKey", "register.sent");
        return "accounts/notice";
    }

    @GetMapping("/{lang}/register/confirm")
    String confirm(@PathVariable String lang, @RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("messageKey", accounts.confirm(token) ? "register.confirmed" : "register.invalidLink");
        return "accounts/notice";
    }
}
