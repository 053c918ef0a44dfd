package eu.cybersudoe.shared.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A sign-in refused before checking the password, because of too many failures. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    public LoginThrottledException(Duration wait) {
        super("Too many failed sign-ins; wait " + wait);
        this.wait = wait;
    }

    public Duration waitTime() {
        return wait;
    }
}
