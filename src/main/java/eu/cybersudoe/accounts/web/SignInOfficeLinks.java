package eu.cybersudoe.accounts.web;

import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.OfficeLink;
import eu.cybersudoe.shared.web.OfficeLinks;
import org.springframework.stereotype.Component;

import java.util.List;

/** Sign-in security: throttles, sign-in records and second-factor resets, for network admins. */
@Component
class SignInOfficeLinks implements OfficeLinks {

    @Override
    public List<OfficeLink> officeLinks() {
        return List.of(OfficeLink.of("/office/sign-in", "signin.office.title", "signin.office.text", 96, Role.NETWORK_ADMIN));
    }
}
