package eu.cybersudoe.shared.security;

import java.util.Optional;

/**
 * Asked once a password is right: whether the person must still give a second factor (or set
 * one up) before being signed in. Implemented by the accounts module.
 */
public interface SecondFactorGate {

    /** The page, after {@code /{lang}}, where the person goes before being signed in; empty when the password is enough. */
    Optional<String> stepFor(SignedInUser user);
}
