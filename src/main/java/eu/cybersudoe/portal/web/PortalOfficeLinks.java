package eu.cybersudoe.portal.web;

import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.OfficeLink;
import eu.cybersudoe.shared.web.OfficeLinks;
import eu.cybersudoe.shared.web.OfficeMenu;
import org.springframework.stereotype.Component;

import java.util.List;

/** The back-office home, the acting partner's own page, the outbox, the owed side effects and the network directory. */
@Component
class PortalOfficeLinks implements OfficeLinks {

    @Override
    public List<OfficeLink> officeLinks() {
        return List.of(
                OfficeLink.of(OfficeMenu.HOME, "backoffice.home", "backoffice.home", 10, OfficeController.STAFF),
                OfficeLink.of("/office/search", "search.office.title", "search.office.text", 15,
                        Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR),
                OfficeLink.of("/office/partners/" + OfficeLink.PARTNER, "backoffice.partner.title", "backoffice.partner.text", 90,
                        Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR).forActingPartner(),
                OfficeLink.of("/office/outbox", "backoffice.outbox.title", "backoffice.outbox.text", 100, Role.NETWORK_ADMIN),
                OfficeLink.of("/office/events", "backoffice.events.title", "backoffice.events.text", 105, Role.NETWORK_ADMIN),
                OfficeLink.of("/network", "backoffice.directory.title", "backoffice.directory.text", 110, OfficeController.STAFF));
    }
}
