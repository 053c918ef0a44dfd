package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.accounts.InvitationAccepted;
import eu.cybersudoe.shared.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What the invited person does with the link: choose a password for a new account, or, when
 * the address already has an account, confirm with its password so that the account takes
 * the role. The link works once, until it expires or is revoked.
 */
@Service
@Transactional
public class InvitationAcceptance {

    /** An invitation as its link shows it. */
    public record Opened(String email, String displayName, Role role, String partnerId, boolean hasAccount) {
    }

    /** How an acceptance ended. */
    public enum Result { ACCEPTED, INVALID_LINK, WRONG_PASSWORD, ACCOUNT_EXISTS }

    private final StaffInvitations invitations;
    private final Accounts accounts;
    private final AccountService service;
    private final AccountHistory history;
    private final PartnerGrants grants;
    private final ApplicationEventPublisher events;
    private final PasswordEncoder passwords;
    private final Clock clock;

    InvitationAcceptance(StaffInvitations invitations, Accounts accounts, AccountService service, AccountHistory history,
                         PartnerGrants grants, ApplicationEventPublisher events, PasswordEncoder passwords, Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.service = service;
        this.history = history;
        this.grants = grants;
        this.events = events;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Opened> open(String token) {
        return pending(token, false).map(invitation -> new Opened(invitation.email(), invitation.displayName(), invitation.role(),
                invitation.partnerId(), accounts.findByEmail(invitation.email()).isPresent()));
    }

    /** Creates the account with the chosen password; its address is confirmed by the link itself. */
    public Result withNewAccount(String token, String displayName, String password) {
        Optional<Invitation> found = pending(token, true);
        if (found.isEmpty()) {
            return Result.INVALID_LINK;
        }
        Invitation invitation = found.get();
        if (accounts.findByEmail(invitation.email()).isPresent()) {
            return Result.ACCOUNT_EXISTS;
        }
        Account account = service.createConfirmed(invitation.email(), displayName, passwords.encode(password),
                invitation.role(), invitation.partnerId(), invitation.language());
        accepted(invitation, account, AccountHistory.Kind.JOINED, null, null);
        return Result.ACCEPTED;
    }

    /** The existing account, after its password, takes the invitation's role and partner. */
    public Result withExistingAccount(String token, String password) {
        Optional<Invitation> found = pending(token, true);
        if (found.isEmpty()) {
            return Result.INVALID_LINK;
        }
        Invitation invitation = found.get();
        Optional<Account> existing = accounts.findByEmail(invitation.email()).filter(Account::isActive);
        if (existing.isEmpty()) {
            return Result.INVALID_LINK;
        }
        Account account = existing.get();
        if (!passwords.matches(password, account.passwordHash())) {
            return Result.WRONG_PASSWORD;
        }
        Role previousRole = account.role();
        String previousPartner = account.partnerId();
        account.assign(invitation.role(), invitation.partnerId(), clock.instant());
        account.confirm(clock.instant());
        accepted(invitation, account, AccountHistory.Kind.ROLE_GAINED, previousRole, previousPartner);
        return Result.ACCEPTED;
    }

    private void accepted(Invitation invitation, Account account, AccountHistory.Kind kind, Role previousRole, String previousPartner) {
        invitation.accept(account.id(), clock.instant());
        AccountHistory.Actor inviter = new AccountHistory.Actor(invitation.invitedBy(),
                invitation.invitedBy() == null ? null : accounts.findById(invitation.invitedBy()).map(Account::displayName).orElse(null));
        history.record(account.id(), inviter, kind, account.role(), account.partnerId(), previousRole, previousPartner);
        for (String partner : invitation.grantedPartners()) {
            grants.grant(account.id(), partner, inviter);
        }
        events.publishEvent(new InvitationAccepted(invitation.id(), account.id(), account.role(), account.partnerId()));
    }

    private Optional<Invitation> pending(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = AccountTokens.hash(token);
        return (lock ? invitations.lockByTokenHash(hash) : invitations.findByTokenHash(hash))
                .filter(invitation -> invitation.status(now) == Invitation.Status.PENDING);
    }
}
