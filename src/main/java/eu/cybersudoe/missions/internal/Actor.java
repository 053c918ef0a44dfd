package eu.cybersudoe.missions.internal;

import eu.cybersudoe.shared.security.SignedInUser;

/**
 * Who makes a change, as the history keeps it.
 *
 * @param accountId their account, or null for the platform itself or a person without an account
 * @param name      the name shown in the history
 */
public record Actor(Long accountId, String name) {

    /** The platform, for changes nobody typed (a request after a diagnostic, a follow-up). */
    public static final Actor PLATFORM = new Actor(null, "CyberSudoe");

    public static Actor of(SignedInUser user) {
        return new Actor(user.accountId(), user.displayName() == null ? user.email() : user.displayName());
    }
}
