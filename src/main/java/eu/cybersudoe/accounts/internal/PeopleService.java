package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.accounts.AccountDeactivated;
import eu.cybersudoe.accounts.AccountReactivated;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.RoleGrant;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What network admins change on the people who work in the network: role, partner, extra
 * partners, deactivation. Every change is kept in {@link AccountHistory}.
 */
@Service
@Transactional
public class PeopleService {

    /** How a change ended. */
    public enum Result { CHANGED, UNCHANGED, INVALID }

    private final Accounts accounts;
    private final AccountHistory history;
    private final PartnerGrants grants;
    private final AccountRoles roles;
    private final InvitationRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PeopleService(Accounts accounts, AccountHistory history, PartnerGrants grants, AccountRoles roles, InvitationRules rules,
                  ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.history = history;
        this.grants = grants;
        this.roles = roles;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /** People with a staff or programme role (not company users), by name: all, or one partner's staff. */
    @Transactional(readOnly = true)
    public List<Account> people(String partnerIdOrNull) {
        List<Account> found = partnerIdOrNull == null ? accounts.findByRoleNot(Role.COMPANY_USER) : staffOf(partnerIdOrNull);
        return found.stream().filter(a -> a.role() != Role.COMPANY_USER)
                .sorted(Comparator.comparing(Account::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The partner's staff: by their main role, or by another role held for the partner. */
    private List<Account> staffOf(String partnerId) {
        java.util.Set<Account> staff = new java.util.LinkedHashSet<>(accounts.findByPartnerId(partnerId));
        staff.addAll(accounts.findAllById(roles.accountsWithRoleFor(partnerId)));
        return List.copyOf(staff);
    }

    @Transactional(readOnly = true)
    public Optional<Account> person(long accountId) {
        return accounts.findById(accountId).filter(a -> a.role() != Role.COMPANY_USER);
    }

    /** Gives the person another role and partner (the partner only counts for partner staff). */
    public Result assign(SignedInUser by, long accountId, Role role, String partnerId) {
        Account account = person(accountId).orElse(null);
        if (account == null || role == null || role == Role.COMPANY_USER || (role.isPartnerStaff() && !rules.exists(partnerId))) {
            return Result.INVALID;
        }
        String partner = role.isPartnerStaff() ? partnerId : null;
        Role previousRole = account.role();
        String previousPartner = account.partnerId();
        if (previousRole == role && Objects.equals(previousPartner, partner)) {
            return Result.UNCHANGED;
        }
        account.assign(role, partner, clock.instant());
        roles.becameMain(account);
        AccountHistory.Kind kind = previousRole == role ? AccountHistory.Kind.MOVED : AccountHistory.Kind.ROLE_CHANGED;
        history.record(accountId, actor(by), kind, role, partner, previousRole == role ? null : previousRole,
                Objects.equals(previousPartner, partner) ? null : previousPartner);
        return Result.CHANGED;
    }

    /** Refuses sign-in from now on and tells the modules that assign work to people. */
    public Result deactivate(SignedInUser by, long accountId) {
        Account account = person(accountId).orElse(null);
        if (account == null || accountId == by.accountId()) {
            return Result.INVALID;
        }
        if (!account.isActive()) {
            return Result.UNCHANGED;
        }
        account.deactivate(clock.instant());
        history.record(accountId, actor(by), AccountHistory.Kind.DEACTIVATED, null, null, null, null);
        events.publishEvent(new AccountDeactivated(accountId, account.displayName(), account.role(), account.partnerId(),
                account.deactivatedAt()));
        return Result.CHANGED;
    }

    public Result reactivate(SignedInUser by, long accountId) {
        Account account = person(accountId).orElse(null);
        if (account == null) {
            return Result.INVALID;
        }
        if (account.isActive()) {
            return Result.UNCHANGED;
        }
        account.reactivate(clock.instant());
        history.record(accountId, actor(by), AccountHistory.Kind.REACTIVATED, null, null, null, null);
        events.publishEvent(new AccountReactivated(accountId, clock.instant()));
        return Result.CHANGED;
    }

    public Result grant(SignedInUser by, long accountId, String partnerId) {
        if (person(accountId).isEmpty() || !rules.exists(partnerId)) {
            return Result.INVALID;
        }
        return grants.grant(accountId, partnerId, actor(by)) ? Result.CHANGED : Result.UNCHANGED;
    }

    public Result withdraw(SignedInUser by, long accountId, String partnerId) {
        if (person(accountId).isEmpty()) {
            return Result.INVALID;
        }
        return grants.withdraw(accountId, partnerId, actor(by)) ? Result.CHANGED : Result.UNCHANGED;
    }

    /** Gives the person one more role, which they may then choose to act as. */
    public Result grantRole(SignedInUser by, long accountId, RoleGrant grant) {
        Account account = person(accountId).orElse(null);
        if (account == null || grant == null || grant.role() == Role.COMPANY_USER
                || (grant.role().isPartnerStaff() && !rules.exists(grant.partnerId()))) {
            return Result.INVALID;
        }
        return roles.grant(account, grant, actor(by)) ? Result.CHANGED : Result.UNCHANGED;
    }

    /** Takes back a role held besides the main one (the main role is changed, not withdrawn). */
    public Result withdrawRole(SignedInUser by, long accountId, RoleGrant grant) {
        Account account = person(accountId).orElse(null);
        if (account == null || grant == null) {
            return Result.INVALID;
        }
        return roles.withdraw(account, grant, actor(by)) ? Result.CHANGED : Result.UNCHANGED;
    }

    /** The roles the person holds besides the main one. */
    @Transactional(readOnly = true)
    public List<RoleGrant> otherRoles(long accountId) {
        return roles.of(accountId);
    }

    @Transactional(readOnly = true)
    public List<AccountHistory.Change> history(long accountId) {
        return history.of(accountId);
    }

    @Transactional(readOnly = true)
    public List<String> grantedPartners(long accountId) {
        return grants.of(accountId);
    }

    private static AccountHistory.Actor actor(SignedInUser user) {
        return new AccountHistory.Actor(user.accountId(), user.displayName());
    }
}
