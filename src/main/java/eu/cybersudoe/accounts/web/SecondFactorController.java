package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.internal.Passkeys;
import eu.cybersudoe.accounts.internal.SecondFactors;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.PendingSignIn;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Optional;

/**
 * The second step of signing in, once the password was right: the one-time code (or a recovery
 * code), or, for a network admin or controller without a second factor yet, its set-up. Nobody is
 * signed in before this step is done.
 */
@Controller
@Access(Access.Audience.ANONYMOUS)
class SecondFactorController {

    /** Wrong codes allowed before the password must be typed again. */
    static final int TRIES = 5;
    private static final String TRIES_LEFT = SecondFactorController.class.getName() + ".triesLeft";

    private final SecondFactors factors;
    private final SecondFactorSetUp setUp;
    private final Passkeys passkeys;

    SecondFactorController(SecondFactors factors, SecondFactorSetUp setUp, Passkeys passkeys) {
        this.factors = factors;
        this.passkeys = passkeys;
        this.setUp = setUp;
    }

    @GetMapping("/{lang}/login/code")
    String codePage(@PathVariable String lang, HttpServletRequest request, Model model) {
        Optional<SignedInUser> pending = PendingSignIn.of(request);
        if (pending.isEmpty()) {
            return nothingWaits(model);
        }
        return codeStep(model, pending.get(), null);
    }

    @PostMapping("/{lang}/login/code")
    String checkCode(@PathVariable String lang, @RequestParam(defaultValue = "") String code, HttpServletRequest request,
                     HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Optional<SignedInUser> pending = PendingSignIn.of(request);
        if (pending.isEmpty()) {
            return nothingWaits(model);
        }
        if (factors.check(pending.get().accountId(), code, Forms.addressOf(request), Forms.userAgentOf(request))) {
            request.getSession().removeAttribute(TRIES_LEFT);
            return "redirect:" + PendingSignIn.complete(request, response);
        }
        if (triesLeft(request.getSession()) == 0) {
            PendingSignIn.abandon(request);
            redirect.addFlashAttribute("loginError", "signin.code.tooManyTries");
            return "redirect:/" + lang + "/login";
        }
        return codeStep(model, pending.get(), "signin.code.wrong");
    }

    @GetMapping("/{lang}/login/set-up")
    String setUpPage(@PathVariable String lang, HttpServletRequest request, Model model) {
        Optional<SignedInUser> pending = PendingSignIn.of(request);
        if (pending.isEmpty() || factors.hasOne(pending.get().accountId())) {
            return nothingWaits(model);
        }
        setUp.show(model, request.getSession(), pending.get(), "/login/set-up", null);
        return "accounts/second-factor-set-up";
    }

    @PostMapping("/{lang}/login/set-up")
    String setUp(@PathVariable String lang, @RequestParam(defaultValue = "") String code, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        Optional<SignedInUser> pending = PendingSignIn.of(request);
        if (pending.isEmpty() || factors.hasOne(pending.get().accountId())) {
            return nothingWaits(model);
        }
        Optional<List<String>> codes = setUp.confirm(request, pending.get(), code);
        if (codes.isEmpty()) {
            setUp.show(model, request.getSession(), pending.get(), "/login/set-up", "signin.code.wrong");
            return "accounts/second-factor-set-up";
        }
        String next = PendingSignIn.complete(request, response);
        model.addAttribute("codes", codes.get());
        model.addAttribute("next", next);
        return "accounts/recovery-codes";
    }

    /** The code page: the one-time code's form if the person has one, the passkey's button if they have one. */
    private String codeStep(Model model, SignedInUser person, String codeError) {
        model.addAttribute("codeError", codeError);
        model.addAttribute("withCode", factors.hasCode(person.accountId()));
        model.addAttribute("withPasskey", passkeys.any(person.email()));
        return "accounts/second-factor-code";
    }

    /** The page of a step with no sign-in waiting for it (never started, expired, or given up). */
    private static String nothingWaits(Model model) {
        model.addAttribute("messageKey", "signin.pending.none");
        return "accounts/notice";
    }

    private static int triesLeft(HttpSession session) {
        int left = session.getAttribute(TRIES_LEFT) instanceof Integer count ? count - 1 : TRIES - 1;
        session.setAttribute(TRIES_LEFT, left);
        return left;
    }
}
