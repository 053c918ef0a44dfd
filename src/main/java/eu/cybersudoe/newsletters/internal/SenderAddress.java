package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The sender's postal address printed in every copy (anti-spam laws ask for a real one):
 * {@code cybersudoe.newsletters.postal-address} ({@code NEWSLETTER_POSTAL_ADDRESS}) when set, else
 * the lead partner's name and address from the partners' reference data. Without either, no issue
 * can be launched.
 */
@Component
public class SenderAddress {

    private final NewsletterSettings settings;
    private final Network network;

    SenderAddress(NewsletterSettings settings, Network network) {
        this.settings = settings;
        this.network = network;
    }

    /** The address, or empty when neither the setting nor the lead partner's reference data give one. */
    public Optional<String> postalAddress() {
        String configured = settings.postalAddress();
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured.strip());
        }
        Partner lead = network.leadPartner();
        return lead == null || lead.postalAddress() == null || lead.postalAddress().isBlank() ? Optional.empty()
                : Optional.of(lead.name() + ", " + lead.postalAddress().strip());
    }
}
