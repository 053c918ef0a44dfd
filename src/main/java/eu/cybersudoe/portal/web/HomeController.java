package eu.cybersudoe.portal.web;

import eu.cybersudoe.shared.security.Access;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public home page of the programme. */
@Controller
@Access(Access.Audience.PUBLIC)
class HomeController {

    @GetMapping({"/{lang}", "/{lang}/"})
    String home(@PathVariable String lang) {
        return "portal/home";
    }
}
