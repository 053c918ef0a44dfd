package eu.cybersudoe.committees.internal;

import java.util.List;

/**
 * What became of a request: done, or refused, with the message key telling which.
 *
 * @param key   the message key of the notice or of the refusal
 * @param field     the form field a refusal is about, shown beside it; null when it is about the whole request
 * @param arguments the message's arguments (a size limit, the kinds of file accepted)
 */
public record Outcome(boolean done, String key, String field, List<Object> arguments) {

    public Outcome {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static Outcome done(String key) {
        return new Outcome(true, key, null, List.of());
    }

    static Outcome refused(String key) {
        return new Outcome(false, key, null, List.of());
    }

    /** A refusal of what was typed in one field. */
    static Outcome refusedOn(String field, String key, Object... arguments) {
        return new Outcome(false, key, field, List.of(arguments));
    }
}
