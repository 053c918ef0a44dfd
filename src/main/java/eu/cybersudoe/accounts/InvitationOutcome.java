package eu.cybersudoe.accounts;

/** The outcome of an invitation: sent, or refused with the form field concerned and the reason's message key. */
public sealed interface InvitationOutcome {

    record Sent(long invitationId) implements InvitationOutcome {
    }

    record Refused(String field, String messageKey) implements InvitationOutcome {
    }
}
