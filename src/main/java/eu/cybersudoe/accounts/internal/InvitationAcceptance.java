package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.accounts.InvitationAccepted;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.RoleGrant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What the invited person does with the link: choose a password for a new account, or, when
 * the address already has an account, confirm with its password so that the account gains
 * the role besides those it holds. The link works once, until it expires or is revoked.
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
    private final AccountRoles roles;
    private final ApplicationEventPublisher events;
    private final PasswordEncoder passwords;
    private final Clock clock;

    InvitationAcceptance(StaffInvitations invitations, Accounts accounts, AccountService service, AccountHistory history,
                         PartnerGrants grants, AccountRoles roles, ApplicationEventPublisher events, PasswordEncoder passwords,
                         Clock clock) {
        this.roles = roles;
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
        AccountHistory.Actor inviter = inviterOf(invitation);
        history.record(account.id(), inviter, AccountHistory.Kind.JOINED, account.role(), account.partnerId(), null, null);
        accepted(invitation, account, inviter);
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
        AccountHistory.Actor inviter = inviterOf(invitation);
        if (account.role() == Role.COMPANY_USER) {
            Role previousRole = account.role();
            account.assign(invitation.role(), invitation.partnerId(), clock.instant());
            roles.becameMain(account);
            history.record(account.id(), inviter, AccountHistory.Kind.ROLE_GAINED, account.role(), account.partnerId(), previousRole, null);
        } else {
            roles.grant(account, new RoleGrant(invitation.role(), invitation.partnerId()), inviter);
        }
        account.confirm(clock.instant());
        accepted(invitation, account, inviter);
        return Result.ACCEPTED;
    }

    private AccountHistory.Actor inviterOf(Invitation invitation) {
        return new AccountHistory.Actor(invitation.invitedBy(),
                invitation.invitedBy() == null ? null : accounts.findById(invitation.invitedBy()).map(Account::displayName).orElse(null));
    }

    /** Staff who already work in the network keep their roles and gain the invited one; a company user's account becomes staff. */
    private void accepted(Invitation invitation, Account account, AccountHistory.Actor inviter) {
        invitation.accept(account.id(), clock.instant());
        for (String partner : invitation.grantedPartners()) {
            grants.grant(account.id(), partner, inviter);
        }
        events.publishEvent(new InvitationAccepted(invitation.id(), account.id(), invitation.role(), invitation.partnerId()));
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
