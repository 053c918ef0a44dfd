package eu.cybersudoe.toolbox.training;

/** A move of the training refused, with the message key (bundle {@code toolbox-training}) telling why. */
public class TrainingRefused extends RuntimeException {

    private final String messageKey;

    public TrainingRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
