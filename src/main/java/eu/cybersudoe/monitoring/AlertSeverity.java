package eu.cybersudoe.monitoring;

/** How urgent an alert is, from the least to the most. */
public enum AlertSeverity {
    /** Worth knowing. */
    NOTICE,
    /** Needs attention before the semester ends. */
    WARNING,
    /** Needs action now. */
    CRITICAL
}
