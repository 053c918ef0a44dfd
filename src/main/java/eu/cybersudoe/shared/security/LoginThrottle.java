package eu.cybersudoe.shared.security;

import java.time.Duration;
import java.util.Optional;

/**
 * Slows down password guessing: after too many failed sign-ins for one account or from one
 * address within a window, further attempts must wait.
 */
public interface LoginThrottle {

    /** How long this attempt must still wait, or empty when it may go ahead. */
    Optional<Duration> waitBefore(String email, String address);

    void failed(String email, String address);

    void succeeded(String email, String address);
}
