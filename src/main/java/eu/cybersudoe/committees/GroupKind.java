package eu.cybersudoe.committees;

/** What a group is: one of the two committees of the proposal, or a thematic working group. */
public enum GroupKind {
    /** The strategic steering committee: at least one decision-maker per partner, a web meeting every quarter. */
    STEERING,
    /** The technical committee: one representative per partner, a web meeting every month but August and December. */
    TECHNICAL,
    /** A thematic working group. */
    WORKING_GROUP
}
