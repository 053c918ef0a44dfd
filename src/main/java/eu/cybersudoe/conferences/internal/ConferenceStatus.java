package eu.cybersudoe.conferences.internal;

/** Where a conference stands: drafted, on the agenda, cancelled, or closed with its attendance frozen. */
public enum ConferenceStatus {
    DRAFT, PUBLISHED, CANCELLED, CLOSED
}
