package eu.cybersudoe.monitoring.web;

import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.OfficeLink;
import eu.cybersudoe.shared.web.OfficeLinks;
import org.springframework.stereotype.Component;

import java.util.List;

/** The alerts page of the back office. */
@Component
class AlertOfficeLinks implements OfficeLinks {

    @Override
    public List<OfficeLink> officeLinks() {
        return List.of(OfficeLink.of("/office/indicators/alerts", "monitoring.office.alerts.title", "monitoring.office.alerts.text", 82,
                Role.NETWORK_ADMIN, Role.PARTNER_MANAGER, Role.ADVISOR, Role.EVALUATOR, Role.PROGRAMME_OFFICER));
    }
}
