package eu.cybersudoe.community.internal;

/** A move the community's rules refuse; the message key says which rule, for the bundles. */
public class CommunityRefused extends RuntimeException {

    private final String messageKey;

    public CommunityRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
