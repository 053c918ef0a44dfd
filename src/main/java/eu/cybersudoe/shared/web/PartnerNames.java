package eu.cybersudoe.shared.web;

import java.util.Optional;

/** The short name of a partner by its identifier, for the back office's header (implemented by the network). */
public interface PartnerNames {

    Optional<String> shortName(String partnerId);
}
