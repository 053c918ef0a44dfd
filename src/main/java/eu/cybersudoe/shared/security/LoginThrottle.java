package eu.cybersudoe.shared.security;

import java.time.Duration;
import java.util.Optional;

/**
 * Slows down password guessing without locking anyone out, and keeps the record of every try:
 * told before each password check whether the source must still wait, and after it how it went.
 */
public interface LoginThrottle {

    /** How long this attempt must still wait, or empty when it may go ahead. */
    Optional<Duration> waitBefore(SignInAttempt attempt);

    /** The attempt was refused for its wait, without checking the password. */
    default void throttled(SignInAttempt attempt, Duration wait) {
    }

    void failed(SignInAttempt attempt, SignInAttempt.Failure failure);

    void succeeded(SignInAttempt attempt);

    /** Lets everyone try at any time: for an application without accounts. */
    LoginThrottle NONE = new LoginThrottle() {
        @Override
        public Optional<Duration> waitBefore(SignInAttempt attempt) {
            return Optional.empty();
        }

        @Override
        public void failed(SignInAttempt attempt, SignInAttempt.Failure failure) {
        }

        @Override
        public void succeeded(SignInAttempt attempt) {
        }
    };
}
