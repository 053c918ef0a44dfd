package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.accounts.InvitationOutcome;
import eu.cybersudoe.accounts.MemberInvitations;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.RoleGrant;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Invitations of staff and programme roles: issued, sent again, revoked and listed by network
 * admins and partner managers (within {@link InvitationRules}). The e-mail leaves after the
 * commit ({@link InvitationSent}).
 */
@Service
@Transactional
public class InvitationService implements MemberInvitations {

    /** What the inviter filled in. */
    public record Request(String email, String displayName, Role role, String partnerId, List<String> grantedPartners,
                          Language language) {
    }

    private final StaffInvitations invitations;
    private final Accounts accounts;
    private final InvitationRules rules;
    private final AccountRoles roles;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validity;

    InvitationService(StaffInvitations invitations, Accounts accounts, InvitationRules rules, AccountRoles roles,
                      ApplicationEventPublisher events, Clock clock,
                      @Value("${cybersudoe.invitations.validity:P7D}") Duration validity) {
        this.roles = roles;
        this.invitations = invitations;
        this.accounts = accounts;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }

    /** The roles the person may invite. */
    @Transactional(readOnly = true)
    public List<Role> invitableRoles(SignedInUser inviter) {
        return rules.rolesFor(inviter);
    }

    public InvitationOutcome invite(SignedInUser inviter, Request request) {
        String partner = request.role() != null && request.role().isPartnerStaff() ? request.partnerId() : null;
        Optional<InvitationRules.Refusal> refusal = rules.check(inviter, request.role(), partner, request.grantedPartners());
        if (refusal.isPresent()) {
            return new InvitationOutcome.Refused(refusal.get().field(), refusal.get().messageKey());
        }
        return issue(inviter, request, partner);
    }

    @Override
    public InvitationOutcome inviteAssociatedMember(SignedInUser inviter, String email, String displayName, Language language) {
        if (inviter.role() != Role.NETWORK_ADMIN && inviter.role() != Role.PARTNER_MANAGER) {
            return new InvitationOutcome.Refused("role", "people.invite.error.role");
        }
        return issue(inviter, new Request(email, displayName, Role.ASSOCIATED_STRUCTURE, null, List.of(), language), null);
    }

    private InvitationOutcome issue(SignedInUser inviter, Request request, String partner) {
        String email = Account.normalise(request.email());
        if (!invitations.findOpenByEmail(email).isEmpty()) {
            return new InvitationOutcome.Refused("email", "people.invite.error.pending");
        }
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent() && !existing.get().isActive()) {
            return new InvitationOutcome.Refused("email", "people.invite.error.deactivated");
        }
        List<RoleGrant> held = existing.map(roles::allOf).orElse(List.of());
        if (request.role() != null && held.contains(new RoleGrant(request.role(), partner))) {
            return new InvitationOutcome.Refused("email", "people.invite.error.alreadyHas");
        }
        if (inviter.role() != Role.NETWORK_ADMIN
                && held.stream().anyMatch(grant -> grant.partnerId() != null && !grant.partnerId().equals(partner))) {
            return new InvitationOutcome.Refused("email", "people.invite.error.otherPartnerStaff");
        }
        Invitation invitation = invitations.save(new Invitation(email, request.displayName(), request.role(), partner,
                request.grantedPartners(), request.language(), inviter.accountId(), clock.instant(), validity));
        events.publishEvent(new InvitationSent(invitation.id()));
        return new InvitationOutcome.Sent(invitation.id());
    }

    /** Sends an open invitation again with a new link valid from now; false when it was accepted or revoked meanwhile. */
    public boolean resend(long invitationId) {
        return invitations.findById(invitationId).filter(Invitation::isOpen).map(invitation -> {
            invitation.renew(clock.instant(), validity);
            events.publishEvent(new InvitationSent(invitation.id()));
            return true;
        }).orElse(false);
    }

    /** Revokes an open invitation: its link stops working. */
    public boolean revoke(long invitationId) {
        return invitations.findById(invitationId).filter(Invitation::isOpen).map(invitation -> {
            invitation.revoke(clock.instant());
            return true;
        }).orElse(false);
    }

    /** The partner an invitation is for (null for roles outside the partners), to check who may act on it. */
    @Transactional(readOnly = true)
    public Optional<Invitation> find(long invitationId) {
        return invitations.findById(invitationId);
    }

    /** Invitations neither accepted nor revoked, latest first: all of them, or one partner's. */
    @Transactional(readOnly = true)
    public List<Invitation> open(String partnerIdOrNull) {
        return partnerIdOrNull == null ? invitations.findOpen() : invitations.findOpenOfPartner(partnerIdOrNull);
    }
}
