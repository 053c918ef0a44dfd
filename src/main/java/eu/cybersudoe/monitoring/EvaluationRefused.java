package eu.cybersudoe.monitoring;

/** A move of the evaluation or self-evaluation refused, with the message key saying why. */
public class EvaluationRefused extends RuntimeException {

    private final String messageKey;

    public EvaluationRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
