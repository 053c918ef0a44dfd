package eu.cybersudoe.committees;

/** A member's role in a committee or working group. */
public enum CommitteeRole {
    CHAIR, SECRETARY, MEMBER, OBSERVER;

    /** Whether the role runs the group's meetings (plans them, writes the minutes). */
    public boolean runsMeetings() {
        return this == CHAIR || this == SECRETARY;
    }
}
