package eu.cybersudoe.shared.security;

/**
 * Tells whether a signed-in session still matches its account: an account deactivated, given
 * another role, granted or withdrawn one of the roles it holds besides its main one, or moved to
 * another partner since the sign-in must sign in again (a session acting as a withdrawn role
 * thus ends). Implemented by
 * the module that keeps accounts; without it every session stays valid.
 */
public interface SessionValidity {

    /** Session attribute holding the instant the person signed in. */
    String SIGNED_IN_AT = SessionValidity.class.getName() + ".signedInAt";

    /**
     * @param sessionStart when the person signed in, or null when the request does not say
     *                     (then only a deactivation counts)
     */
    boolean isCurrent(SignedInUser user, java.time.Instant sessionStart);
}
