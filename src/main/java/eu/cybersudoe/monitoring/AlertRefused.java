package eu.cybersudoe.monitoring;

/** A move of an alert was refused; the message key says why. */
public class AlertRefused extends RuntimeException {

    private final String messageKey;

    public AlertRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
