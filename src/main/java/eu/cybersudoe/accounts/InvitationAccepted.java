package eu.cybersudoe.accounts;

import eu.cybersudoe.shared.security.Role;

/** Someone accepted an invitation: the account (new or existing) now has the role, for the partner when staff. */
public record InvitationAccepted(long invitationId, long accountId, Role role, String partnerId) {
}
