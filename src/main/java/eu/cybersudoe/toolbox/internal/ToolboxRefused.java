package eu.cybersudoe.toolbox.internal;

/** A move of the toolbox refused, with the message key (bundle {@code toolbox}) telling why. */
public class ToolboxRefused extends RuntimeException {

    private final String messageKey;

    public ToolboxRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
