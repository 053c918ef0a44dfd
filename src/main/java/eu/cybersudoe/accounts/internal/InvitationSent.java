package eu.cybersudoe.accounts.internal;

/**
 * An invitation was issued or sent again: after the commit, a new link is made and mailed.
 * The link itself is never part of the event, so the event registry holds no usable secret.
 */
public record InvitationSent(long invitationId) {
}
