package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.shared.security.PrivateTokens;

/**
 * The tokens of private assessment links: the platform's {@link PrivateTokens} (256 random bits,
 * only their SHA-256 hash stored, so a copy of the database does not open anyone's assessment).
 */
final class PrivateLinks {

    private PrivateLinks() {
    }

    static String newToken() {
        return PrivateTokens.newToken();
    }

    /** Whether a text has the form of a token (anything else is refused before any look-up). */
    static boolean wellFormed(String token) {
        return PrivateTokens.wellFormed(token);
    }

    static String hash(String token) {
        return PrivateTokens.hash(token);
    }
}
