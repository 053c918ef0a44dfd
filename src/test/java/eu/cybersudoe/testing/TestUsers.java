package eu.cybersudoe.testing;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;

/** Signed-in people for tests. */
public final class TestUsers {

    private TestUsers() {
    }

    public static SignedInUser user(Role role, String partner) {
        return new SignedInUser(1, role.name().toLowerCase() + "@example.org", "Test " + role, role,
                role.isPartnerStaff() ? partner : null, Language.FR, true, "{noop}x");
    }
}
