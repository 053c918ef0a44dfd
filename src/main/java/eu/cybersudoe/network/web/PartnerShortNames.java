package eu.cybersudoe.network.web;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.shared.web.PartnerNames;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Partners' short names for the back office's header. */
@Component
class PartnerShortNames implements PartnerNames {

    private final Network network;

    PartnerShortNames(Network network) {
        this.network = network;
    }

    @Override
    public Optional<String> shortName(String partnerId) {
        try {
            return network.partner(new PartnerId(partnerId)).map(Partner::shortName);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
