package eu.cybersudoe.network.web;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.shared.security.Access;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The work packages, their co-pilots and their budget lines. */
@Controller
@Access(Access.Audience.PUBLIC)
class WorkPackagesController {

    private final Network network;

    WorkPackagesController(Network network) {
        this.network = network;
    }

    @GetMapping("/{lang}/work-packages")
    ModelAndView workPackages(@PathVariable String lang) {
        return new ModelAndView("network/work-packages").addObject("workPackages", NetworkPages.workPackages(network));
    }
}
