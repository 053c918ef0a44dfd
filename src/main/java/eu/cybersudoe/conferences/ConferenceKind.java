package eu.cybersudoe.conferences;

/** What a conference is. Awareness conferences and workshops count for the GT4 indicators. */
public enum ConferenceKind {
    AWARENESS_CONFERENCE(true),
    WORKSHOP(true),
    LAUNCH_SEMINAR(false),
    CLOSING_SEMINAR(false),
    COMMITTEE_SEMINAR(false),
    PRESS_CONFERENCE(false);

    private final boolean awareness;

    ConferenceKind(boolean awareness) {
        this.awareness = awareness;
    }

    /** Whether it is an awareness action of the partners, counted as a conference held. */
    public boolean awareness() {
        return awareness;
    }
}
