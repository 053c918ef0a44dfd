package eu.cybersudoe.newsletters.internal;

/** Where an issue stands, from writing to the last result. */
public enum IssueState {
    /** Being written; any change to a variant brings an approved issue back here. */
    DRAFT,
    /** Approved by a network admin, ready to be launched. */
    APPROVED,
    /** Approved, to be launched at its scheduled time. */
    SCHEDULED,
    /** Launched: its audience is frozen and workers deliver it. */
    SENDING,
    /** Launched, delivery held until resumed. */
    PAUSED,
    /** Every send record has its result. */
    SENT,
    /** Stopped for good; what was not sent yet is not sent. */
    CANCELLED;

    /** Whether its variants may still be changed. */
    public boolean editable() {
        return this == DRAFT || this == APPROVED;
    }

    /** Whether it has been launched (its audience is frozen). */
    public boolean launched() {
        return this == SENDING || this == PAUSED || this == SENT || this == CANCELLED;
    }
}
