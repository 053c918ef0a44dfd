package eu.cybersudoe.newsletters.internal;

/** What became of one message handed to the relay. */
sealed interface Outcome {

    /** Accepted by the relay. */
    record Delivered(String messageId) implements Outcome {
    }

    /**
     * Refused for now (SMTP 4xx, or no connection could be opened): nothing went, try again later.
     *
     * @param code        the relay's reply code, or -1 when there was no reply
     * @param relayIsDown no connection could be opened, or the relay closed it with its refusal (a 421): the
     *                    relay itself is out of service, not only for this recipient
     */
    record Deferred(String reply, int code, boolean relayIsDown) implements Outcome {
    }

    /**
     * Refused for good (SMTP 5xx, or not an address): the address is suppressed.
     *
     * @param code the relay's reply code, or -1 when the address was refused before any exchange
     */
    record Failed(String reply, int code) implements Outcome {
    }

    /** The connection broke while the message was being handed over: it may or may not have gone. */
    record Uncertain(String reason) implements Outcome {
    }
}
