package eu.cybersudoe.accounts.web;

import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Optional;

/** A one-time code set up from the account page, by anyone who wants one (or a new one, replacing the old). */
@Controller
@Access(Access.Audience.SIGNED_IN)
class AccountSecondFactorController {

    private final SecondFactorSetUp setUp;

    AccountSecondFactorController(SecondFactorSetUp setUp) {
        this.setUp = setUp;
    }

    @GetMapping("/{lang}/account/second-factor")
    String page(@PathVariable String lang, HttpServletRequest request, Model model) {
        setUp.show(model, request.getSession(), me(), "/account/second-factor", null);
        return "accounts/second-factor-set-up";
    }

    @PostMapping("/{lang}/account/second-factor")
    String confirm(@PathVariable String lang, @RequestParam(defaultValue = "") String code, HttpServletRequest request, Model model) {
        Optional<List<String>> codes = setUp.confirm(request, me(), code);
        if (codes.isEmpty()) {
            setUp.show(model, request.getSession(), me(), "/account/second-factor", "signin.code.wrong");
            return "accounts/second-factor-set-up";
        }
        model.addAttribute("codes", codes.get());
        model.addAttribute("next", "/" + lang + "/account");
        return "accounts/recovery-codes";
    }

    private static SignedInUser me() {
        return CurrentUser.get().orElseThrow();
    }
}
