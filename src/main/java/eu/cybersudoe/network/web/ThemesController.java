package eu.cybersudoe.network.web;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.security.Access;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The themes of the toolbox and the conferences, general and sectoral. */
@Controller
@Access(Access.Audience.PUBLIC)
class ThemesController {

    private final Network network;

    ThemesController(Network network) {
        this.network = network;
    }

    @GetMapping("/{lang}/themes")
    ModelAndView themes(@PathVariable String lang) {
        return new ModelAndView("network/themes").addObject("themes", NetworkPages.themes(network));
    }
}
