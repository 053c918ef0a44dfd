package eu.cybersudoe.search.web;

import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.OfficeLink;
import eu.cybersudoe.shared.web.OfficeLinks;
import org.springframework.stereotype.Component;

import java.util.List;

/** The search index page, for network admins. */
@Component
class SearchOfficeLinks implements OfficeLinks {

    @Override
    public List<OfficeLink> officeLinks() {
        return List.of(OfficeLink.of(IndexController.PATH, "search.index.title", "search.index.text", 107, Role.NETWORK_ADMIN));
    }
}
