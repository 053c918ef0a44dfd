package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends an invitation once it is committed: makes its link (only the hash is stored, any
 * earlier link stops working) and mails it. A failed send leaves the event to be retried.
 */
@Component
class InvitationMails {

    private final StaffInvitations invitations;
    private final Accounts accounts;
    private final AccountMails mails;
    private final Network network;

    InvitationMails(StaffInvitations invitations, Accounts accounts, AccountMails mails, Network network) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.mails = mails;
        this.network = network;
    }

    @ApplicationModuleListener
    void on(InvitationSent sent) {
        invitations.findById(sent.invitationId()).filter(Invitation::isOpen).ifPresent(invitation -> {
            String token = AccountTokens.randomToken();
            invitation.linkSent(AccountTokens.hash(token));
            String inviter = invitation.invitedBy() == null ? null
                    : accounts.findById(invitation.invitedBy()).map(Account::displayName).orElse(null);
            String partner = network.partnerTyped(invitation.partnerId()).map(Partner::name).orElse(null);
            mails.invitation(invitation, inviter == null ? "CyberSudoe" : inviter, partner, token);
        });
    }
}
