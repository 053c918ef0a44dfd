package eu.cybersudoe.toolbox.training.web;

import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.OfficeLink;
import eu.cybersudoe.shared.web.OfficeLinks;
import org.springframework.stereotype.Component;

import java.util.List;

/** The training's back-office pages. */
@Component
class TrainingOfficeLinks implements OfficeLinks {

    @Override
    public List<OfficeLink> officeLinks() {
        return List.of(
                OfficeLink.of("/office/toolbox/training", "training.title", "training.office.text", 62,
                        Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR),
                OfficeLink.of("/office/toolbox/training/relays", "training.relays.title", "training.relays.office.text", 63,
                        Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR));
    }
}
