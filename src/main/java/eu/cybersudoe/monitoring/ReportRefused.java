package eu.cybersudoe.monitoring;

import java.util.Map;

/**
 * A change to a progress report was refused: by field (the field's name to the message key saying
 * what is wrong) or as a whole (the key under {@link #WHOLE}).
 */
public class ReportRefused extends RuntimeException {

    /** The key of a refusal that concerns no field. */
    public static final String WHOLE = "";

    private final Map<String, String> errors;

    public ReportRefused(Map<String, String> errors) {
        super(errors.toString());
        this.errors = Map.copyOf(errors);
    }

    public ReportRefused(String messageKey) {
        this(Map.of(WHOLE, messageKey));
    }

    /** Field name to message key; {@link #WHOLE} for a refusal of the whole change. */
    public Map<String, String> errors() {
        return errors;
    }

    /** The refusal of the whole change, or null when only fields are refused. */
    public String messageKey() {
        return errors.get(WHOLE);
    }
}
