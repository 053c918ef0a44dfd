package eu.cybersudoe.community.web;

import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.OfficeLink;
import eu.cybersudoe.shared.web.OfficeLinks;
import org.springframework.stereotype.Component;

import java.util.List;

/** The community's back-office page: the moderation log, for network admins. */
@Component
class CommunityOfficeLinks implements OfficeLinks {

    @Override
    public List<OfficeLink> officeLinks() {
        return List.of(OfficeLink.of("/office/community/moderation", "community.office.log.title", "community.office.log.text", 70,
                Role.NETWORK_ADMIN));
    }
}
