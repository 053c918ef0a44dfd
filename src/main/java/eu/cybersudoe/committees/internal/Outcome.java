package eu.cybersudoe.committees.internal;

/**
 * What became of a request: done, or refused, with the message key telling which.
 *
 * @param key the message key of the notice or of the refusal
 */
public record Outcome(boolean done, String key) {

    static Outcome done(String key) {
        return new Outcome(true, key);
    }

    static Outcome refused(String key) {
        return new Outcome(false, key);
    }
}
