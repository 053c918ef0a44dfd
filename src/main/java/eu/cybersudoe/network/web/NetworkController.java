package eu.cybersudoe.network.web;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.PartnerTargets;
import org.springframework.http.HttpStatus;
import eu.cybersudoe.shared.security.Access;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import java.util.Optional;

/** The public directory of the network and each partner's page. */
@Controller
@Access(Access.Audience.PUBLIC)
class NetworkController {

    private final Network network;
    private final PartnerTargets targets;

    /** Targets come from the monitoring module when it runs; without it the partner page shows none. */
    NetworkController(Network network, ObjectProvider<PartnerTargets> targets) {
        this.network = network;
        this.targets = targets.getIfAvailable(() -> partner -> java.util.List.of());
    }

    @GetMapping("/{lang}/network")
    ModelAndView directory(@PathVariable String lang) {
        return new ModelAndView("network/directory").addObject("directory", NetworkPages.directory(network));
    }

    /** A partner's page; an address naming no partner gets a "not found" page with a 404 status. */
    @GetMapping("/{lang}/network/{partnerId}")
    ModelAndView partner(@PathVariable String lang, @PathVariable String partnerId) {
        Optional<Partner> partner = parse(partnerId).flatMap(network::partner);
        if (partner.isEmpty()) {
            return new ModelAndView("network/partner-not-found", HttpStatus.NOT_FOUND);
        }
        return new ModelAndView("network/partner").addObject("partnerPage", NetworkPages.partner(network, targets, partner.get()));
    }

    private static Optional<PartnerId> parse(String value) {
        try {
            return Optional.of(new PartnerId(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
