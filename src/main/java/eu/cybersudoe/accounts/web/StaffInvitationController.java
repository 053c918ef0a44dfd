package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.internal.InvitationAcceptance;
import eu.cybersudoe.accounts.internal.PasswordStrength;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.web.FieldErrors;
import eu.cybersudoe.shared.web.RateLimiter;
import eu.cybersudoe.shared.web.TooManyRequestsException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.context.SecurityContextHolder;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page an invitation link opens: a new account with a chosen password, or the existing
 * account's password so that it takes the role. Afterwards the person signs in (again).
 */
@Controller
@Access(Access.Audience.PUBLIC)
class StaffInvitationController {

    static final int PASSWORD_TRIES_PER_HOUR = 10;

    private final InvitationAcceptance acceptance;
    private final Network network;
    private final RateLimiter limiter;
    private final PasswordStrength strength;

    StaffInvitationController(InvitationAcceptance acceptance, Network network, RateLimiter limiter, PasswordStrength strength) {
        this.acceptance = acceptance;
        this.network = network;
        this.limiter = limiter;
        this.strength = strength;
    }

    @GetMapping("/{lang}/invitation")
    String open(@PathVariable String lang, @RequestParam(defaultValue = "") String token, Model model) {
        Optional<InvitationAcceptance.Opened> opened = acceptance.open(token);
        if (opened.isEmpty()) {
            return invalid(model);
        }
        model.addAttribute("view", view(token, opened.get(),
                new AcceptForm(opened.get().displayName(), "", ""), FieldErrors.NONE));
        return "accounts/invitation";
    }

    @PostMapping("/{lang}/invitation/new-account")
    String createAccount(@PathVariable String lang, @RequestParam(defaultValue = "") String token,
                         @Valid @ModelAttribute("form") AcceptForm form, BindingResult binding, Model model,
                         HttpServletRequest request, RedirectAttributes redirect) {
        Optional<InvitationAcceptance.Opened> opened = acceptance.open(token);
        if (opened.isEmpty()) {
            return invalid(model);
        }
        Forms.requireSamePasswords(form.passwordsMatch(), binding);
        Forms.requireStrongPassword(strength, form.password(), binding, opened.get().email(), form.displayName());
        if (binding.hasErrors()) {
            model.addAttribute("view", view(token, opened.get(), form, FieldErrors.of(binding)));
            return "accounts/invitation";
        }
        return switch (acceptance.withNewAccount(token, form.displayName(), form.password())) {
            case ACCEPTED -> accepted(lang, request, redirect);
            default -> invalid(model);
        };
    }

    @PostMapping("/{lang}/invitation/existing-account")
    String joinWithAccount(@PathVariable String lang, @RequestParam(defaultValue = "") String token,
                           @RequestParam(defaultValue = "") String password, Model model, HttpServletRequest request,
                           RedirectAttributes redirect) {
        if (!limiter.tryAcquire("invitation-password", Forms.addressOf(request), PASSWORD_TRIES_PER_HOUR, Duration.ofHours(1))) {
            throw new TooManyRequestsException();
        }
        Optional<InvitationAcceptance.Opened> opened = acceptance.open(token);
        if (opened.isEmpty()) {
            return invalid(model);
        }
        return switch (acceptance.withExistingAccount(token, password)) {
            case ACCEPTED -> accepted(lang, request, redirect);
            case WRONG_PASSWORD -> {
                FieldErrors errors = new FieldErrors(Map.of("password", List.of(new DefaultMessageSourceResolvable("invitation.existing.wrong"))),
                        List.of());
                model.addAttribute("view", view(token, opened.get(), new AcceptForm(opened.get().displayName(), "", ""), errors));
                yield "accounts/invitation";
            }
            default -> invalid(model);
        };
    }

    /** Anyone signed in on this browser is signed out, so that the new role is the one used at the next sign-in. */
    private static String accepted(String lang, HttpServletRequest request, RedirectAttributes redirect) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        redirect.addFlashAttribute("notice", "invitation.accepted");
        return "redirect:/" + lang + "/login";
    }

    private AcceptView view(String token, InvitationAcceptance.Opened opened, AcceptForm form, FieldErrors errors) {
        String partner = network.partnerTyped(opened.partnerId()).map(Partner::name).orElse(null);
        return new AcceptView(token, opened.email(), "role." + opened.role().name(), partner, opened.hasAccount(), form, errors);
    }

    private static String invalid(Model model) {
        model.addAttribute("messageKey", "invitation.invalidLink");
        return "accounts/notice";
    }
}
