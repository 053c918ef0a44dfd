package eu.cybersudoe.toolbox.training;

/** A member of a partner's staff enrolled in a session. */
public record Enrolment(long id, long sessionId, long accountId, String partnerId, String personName) {
}
