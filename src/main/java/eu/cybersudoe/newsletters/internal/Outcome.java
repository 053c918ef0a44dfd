package eu.cybersudoe.newsletters.internal;

/** What became of one message handed to the relay. */
sealed interface Outcome {

    /** Accepted by the relay. */
    record Delivered(String messageId) implements Outcome {
    }

    /** Refused for now (SMTP 4xx, or no connection could be opened): nothing went, try again later. */
    record Deferred(String reply) implements Outcome {
    }

    /** Refused for good (SMTP 5xx, or not an address): the address is suppressed. */
    record Failed(String reply) implements Outcome {
    }

    /** The connection broke while the message was being handed over: it may or may not have gone. */
    record Uncertain(String reason) implements Outcome {
    }
}
