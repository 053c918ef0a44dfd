package eu.cybersudoe.missions.web;

import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.OfficeLink;
import eu.cybersudoe.shared.web.OfficeLinks;
import org.springframework.stereotype.Component;

import java.util.List;

/** The missions' back-office pages. */
@Component
class MissionOfficeLinks implements OfficeLinks {

    @Override
    public List<OfficeLink> officeLinks() {
        return List.of(
                OfficeLink.of("/office/missions", "backoffice.missions.title", "backoffice.missions.text", 50,
                        Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR));
    }
}
