package eu.cybersudoe.diagnostics.web;

import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.OfficeLink;
import eu.cybersudoe.shared.web.OfficeLinks;
import org.springframework.stereotype.Component;

import java.util.List;

/** The diagnostics' back-office pages. */
@Component
class DiagnosticsOfficeLinks implements OfficeLinks {

    @Override
    public List<OfficeLink> officeLinks() {
        return List.of(
                OfficeLink.of("/office/diagnostics", "diagnostics.office.card.title", "diagnostics.office.card.text", 60,
                        Role.NETWORK_ADMIN, Role.PARTNER_MANAGER));
    }
}
