package eu.cybersudoe.portal.web;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Access;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** The bare address sends each visitor to the home page in their browser's language. */
@Controller
@Access(Access.Audience.PUBLIC)
class RootController {

    @GetMapping("/")
    String root(@RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
        return "redirect:/" + Language.fromAcceptLanguage(acceptLanguage).code() + "/";
    }
}
