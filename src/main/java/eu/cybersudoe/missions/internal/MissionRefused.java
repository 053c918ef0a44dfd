package eu.cybersudoe.missions.internal;

/** A change the mission's rules refuse; the message key says why, for the bundles. */
public final class MissionRefused extends RuntimeException {

    private final String messageKey;

    public MissionRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
