package eu.cybersudoe.accounts;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.SignedInUser;

/**
 * Invitations of the members of an associated structure, for the module that keeps the
 * association: it remembers the invitation's id and links the account when
 * {@link InvitationAccepted} says the person joined.
 */
public interface MemberInvitations {

    /** Invites the person with the associated-structure role, by a network admin or a partner manager. */
    InvitationOutcome inviteAssociatedMember(SignedInUser inviter, String email, String displayName, Language language);
}
