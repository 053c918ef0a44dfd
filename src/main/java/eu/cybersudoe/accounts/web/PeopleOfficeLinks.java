package eu.cybersudoe.accounts.web;

import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.OfficeLink;
import eu.cybersudoe.shared.web.OfficeLinks;
import org.springframework.stereotype.Component;

import java.util.List;

/** The people of the network: invitations, roles and deactivations. */
@Component
class PeopleOfficeLinks implements OfficeLinks {

    @Override
    public List<OfficeLink> officeLinks() {
        return List.of(OfficeLink.of("/office/people", "backoffice.people.title", "backoffice.people.text", 95,
                Role.NETWORK_ADMIN, Role.PARTNER_MANAGER));
    }
}
