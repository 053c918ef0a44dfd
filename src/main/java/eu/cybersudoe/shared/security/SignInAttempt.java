package eu.cybersudoe.shared.security;

import java.util.Locale;

/**
 * One try at signing in, as the throttle and the sign-in records see it.
 *
 * @param email     the address typed, lower-cased and trimmed
 * @param address   the network address it came from
 * @param userAgent the browser's own description, cut to 300 characters, or empty
 */
public record SignInAttempt(String email, String address, String userAgent) {

    static final int USER_AGENT_LENGTH = 300;

    public SignInAttempt {
        email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        address = address == null ? "unknown" : address;
        userAgent = userAgent == null ? "" : userAgent.length() > USER_AGENT_LENGTH ? userAgent.substring(0, USER_AGENT_LENGTH) : userAgent;
    }

    /** Why a sign-in with a password was refused after checking it. */
    public enum Failure {
        /** No account has the address, or the password is not its own. */
        BAD_CREDENTIALS,
        /** The password is right but the address is not confirmed yet. */
        UNCONFIRMED,
        /** The password is right but a network admin deactivated the account. */
        DEACTIVATED
    }
}
