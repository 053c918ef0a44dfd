package eu.cybersudoe.companies.imports;

import java.util.List;

/** A file or a mapping refused at once, before anything is imported; the message key says why. */
public class ImportRefused extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public ImportRefused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
