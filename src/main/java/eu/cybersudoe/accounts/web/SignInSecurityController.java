package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.internal.SignInSecurity;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Network admins' page on sign-in: the sources slowed down now (with a button to lift each), the latest records, second-factor resets. */
@Controller
@Access(roles = Role.NETWORK_ADMIN)
class SignInSecurityController {

    static final int LATEST = 100;

    private final SignInSecurity security;

    SignInSecurityController(SignInSecurity security) {
        this.security = security;
    }

    @GetMapping("/{lang}/office/sign-in")
    String page(@PathVariable String lang, Model model) {
        model.addAttribute("throttles", security.throttles());
        model.addAttribute("records", security.latest(LATEST));
        return "accounts/sign-in-security";
    }

    @PostMapping("/{lang}/office/sign-in/lift")
    String lift(@PathVariable String lang, @RequestParam(defaultValue = "") String email, @RequestParam String address,
                RedirectAttributes redirect) {
        security.lift(email, address, me());
        redirect.addFlashAttribute("notice", "signin.throttle.lifted");
        return "redirect:/" + lang + "/office/sign-in";
    }

    @PostMapping("/{lang}/office/sign-in/second-factor/reset")
    String resetSecondFactor(@PathVariable String lang, @RequestParam(defaultValue = "") String email, RedirectAttributes redirect,
                             HttpServletRequest request) {
        boolean reset = security.resetSecondFactor(email, me(), Forms.originOf(request));
        redirect.addFlashAttribute(reset ? "notice" : "refused", reset ? "signin.factor.reset.done" : "signin.factor.reset.none");
        return "redirect:/" + lang + "/office/sign-in";
    }

    private static long me() {
        return CurrentUser.get().orElseThrow().accountId();
    }
}
