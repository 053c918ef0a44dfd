package eu.cybersudoe.conferences.internal;

/** Where a registration stands: a seat, a place on the waiting list, or given up. */
public enum RegistrationStatus {
    CONFIRMED, WAITING, CANCELLED
}
