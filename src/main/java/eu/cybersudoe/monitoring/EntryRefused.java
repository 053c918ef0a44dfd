package eu.cybersudoe.monitoring;

/** An entry, validation or return of a hand-entered value was refused; the message key says why. */
public class EntryRefused extends RuntimeException {

    private final String messageKey;

    public EntryRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
