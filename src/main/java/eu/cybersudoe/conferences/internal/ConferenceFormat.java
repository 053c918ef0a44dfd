package eu.cybersudoe.conferences.internal;

/** Where a conference takes place. */
public enum ConferenceFormat {
    IN_PERSON, ONLINE, HYBRID;

    public boolean hasVenue() {
        return this != ONLINE;
    }

    public boolean hasLink() {
        return this != IN_PERSON;
    }
}
