package eu.cybersudoe.toolbox.web;

import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.OfficeLink;
import eu.cybersudoe.shared.web.OfficeLinks;
import org.springframework.stereotype.Component;

import java.util.List;

/** The toolbox's back-office pages. */
@Component
class ToolboxOfficeLinks implements OfficeLinks {

    @Override
    public List<OfficeLink> officeLinks() {
        return List.of(
                OfficeLink.of("/office/toolbox", "toolbox.office.title", "toolbox.office.text", 60,
                        Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR),
                OfficeLink.of("/office/toolbox/coverage", "toolbox.coverage.title", "toolbox.coverage.text", 61,
                        Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.EVALUATOR, Role.PROGRAMME_OFFICER));
    }
}
