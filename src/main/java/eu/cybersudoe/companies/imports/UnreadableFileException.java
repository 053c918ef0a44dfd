package eu.cybersudoe.companies.imports;

/** A file that cannot be read as the format it claims; the message key says why, for the bundles. */
public class UnreadableFileException extends RuntimeException {

    private final String messageKey;

    public UnreadableFileException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
