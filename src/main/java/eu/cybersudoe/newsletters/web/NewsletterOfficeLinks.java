package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.OfficeLink;
import eu.cybersudoe.shared.web.OfficeLinks;
import org.springframework.stereotype.Component;

import java.util.List;

/** The newsletter's back-office pages. */
@Component
class NewsletterOfficeLinks implements OfficeLinks {

    @Override
    public List<OfficeLink> officeLinks() {
        return List.of(
                OfficeLink.of("/office/newsletters", "backoffice.newsletters.title", "backoffice.newsletters.text", 70,
                        Role.NETWORK_ADMIN, Role.PARTNER_MANAGER));
    }
}
