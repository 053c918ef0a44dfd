package eu.cybersudoe.companies.imports;

/**
 * A file that cannot be read as the format it claims; the message key says why, for the bundles,
 * and the line (or spreadsheet row) where the reading stopped, when known.
 */
public class UnreadableFileException extends RuntimeException {

    private final String messageKey;
    private final Long line;

    public UnreadableFileException(String messageKey, Throwable cause) {
        this(messageKey, null, cause);
    }

    public UnreadableFileException(String messageKey, Long line, Throwable cause) {
        super(line == null ? messageKey : messageKey + " at line " + line, cause);
        this.messageKey = messageKey;
        this.line = line;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The line of the file (the row of a sheet) where the reading stopped, or null when unknown. */
    public Long line() {
        return line;
    }
}
