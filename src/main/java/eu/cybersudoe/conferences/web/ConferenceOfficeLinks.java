package eu.cybersudoe.conferences.web;

import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.OfficeLink;
import eu.cybersudoe.shared.web.OfficeLinks;
import org.springframework.stereotype.Component;

import java.util.List;

/** The conferences' back-office pages, and the events an associated structure proposes. */
@Component
class ConferenceOfficeLinks implements OfficeLinks {

    @Override
    public List<OfficeLink> officeLinks() {
        return List.of(
                OfficeLink.of("/office/conferences", "backoffice.conferences.title", "backoffice.conferences.text", 40,
                        Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR),
                OfficeLink.of("/office/proposals", "proposals.title", "proposals.card", 45, Role.ASSOCIATED_STRUCTURE));
    }
}
