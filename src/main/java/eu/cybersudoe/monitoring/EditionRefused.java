package eu.cybersudoe.monitoring;

/** Closing or revising a semester was refused; the message key says why, in the reader's language. */
public class EditionRefused extends RuntimeException {

    private final String messageKey;

    public EditionRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
