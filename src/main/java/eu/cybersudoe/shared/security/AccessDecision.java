package eu.cybersudoe.shared.security;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/** What an {@link Access} declaration says about one request. */
public enum AccessDecision {
    ALLOW, SIGN_IN_FIRST, DENY,
    /** A page for people not signed in (sign-in, registration) asked by someone signed in: send them to their home. */
    SEND_ON;

    /**
     * Decides for a declaration (null when the handler declares none: refused to everyone),
     * a person (empty when anonymous) and the request's path variables.
     */
    public static AccessDecision of(Access access, Optional<SignedInUser> user, Map<String, String> pathVariables) {
        if (access == null) {
            return DENY;
        }
        return switch (access.value()) {
            case PUBLIC -> ALLOW;
            case ANONYMOUS -> user.isPresent() ? SEND_ON : ALLOW;
            case SIGNED_IN -> user.isPresent() ? ALLOW : SIGN_IN_FIRST;
            case ROLES -> user.map(u -> roleDecision(access, u, pathVariables)).orElse(SIGN_IN_FIRST);
        };
    }

    private static AccessDecision roleDecision(Access access, SignedInUser user, Map<String, String> pathVariables) {
        if (Arrays.stream(access.roles()).noneMatch(role -> role == user.role())) {
            return DENY;
        }
        if (access.ownPartner() && user.role() != Role.NETWORK_ADMIN) {
            String partner = pathVariables.get("partnerId");
            return partner != null && user.partners().contains(partner) ? ALLOW : DENY;
        }
        return ALLOW;
    }
}
