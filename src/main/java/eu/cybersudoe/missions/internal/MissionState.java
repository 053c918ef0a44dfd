package eu.cybersudoe.missions.internal;

/** Where a mission stands, from the company's request to the follow-up. */
public enum MissionState {
    REQUESTED, ACCEPTED, DECLINED, SCHEDULED, HELD, REPORT_DRAFTED, REPORT_VALIDATED, DELIVERED, FOLLOWED_UP, CANCELLED;

    /** Whether nothing more happens to a mission in this state. */
    public boolean closed() {
        return this == DECLINED || this == CANCELLED || this == FOLLOWED_UP;
    }

    /** Whether the report may still be written in this state. */
    public boolean reportEditable() {
        return this == HELD || this == REPORT_DRAFTED;
    }

    /** Whether the company may read the report. */
    public boolean delivered() {
        return this == DELIVERED || this == FOLLOWED_UP;
    }
}
