package eu.cybersudoe.accounts.web;

import eu.cybersudoe.accounts.internal.DemoAccounts;
import eu.cybersudoe.shared.security.Access;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;

/** The sign-in page; the form posts to Spring Security at the same address. */
@Controller
@Access(Access.Audience.ANONYMOUS)
class LoginController {

    private final DemoAccounts demo;

    LoginController(DemoAccounts demo) {
        this.demo = demo;
    }

    @GetMapping("/{lang}/login")
    String loginPage(@PathVariable String lang, Model model) {
        model.addAttribute("login", new LoginView(
                (String) model.getAttribute("email"),
                (String) model.getAttribute("loginError"),
                model.getAttribute("waitMinutes") instanceof Long minutes ? minutes : 0L,
                demo.enabled() ? demo.listing() : List.of(),
                demo.enabled() ? DemoAccounts.PASSWORD : null));
        return "accounts/login";
    }
}
