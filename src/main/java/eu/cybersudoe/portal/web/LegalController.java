package eu.cybersudoe.portal.web;

import eu.cybersudoe.shared.security.Access;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Legal notice and privacy policy, required on every public site. */
@Controller
@Access(Access.Audience.PUBLIC)
class LegalController {

    @GetMapping("/{lang}/legal")
    String legalNotice(@PathVariable String lang) {
        return "portal/legal";
    }

    @GetMapping("/{lang}/privacy")
    String privacyPolicy(@PathVariable String lang) {
        return "portal/privacy";
    }
}
