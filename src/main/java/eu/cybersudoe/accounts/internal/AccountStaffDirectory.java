package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.accounts.AccountDirectory;
import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.accounts.StaffMember;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The accounts as other modules see them: partners' staff, and a person to name or write to. */
@Component
class AccountStaffDirectory implements StaffDirectory, AccountDirectory {

    private final Accounts accounts;
    private final AccountRoles roles;

    AccountStaffDirectory(Accounts accounts, AccountRoles roles) {
        this.accounts = accounts;
        this.roles = roles;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> staffOf(String partnerId) {
        java.util.Map<Long, StaffMember> staff = new java.util.LinkedHashMap<>();
        accounts.findByPartnerId(partnerId).stream()
                .filter(account -> account.role().isPartnerStaff() && account.isActive())
                .forEach(account -> staff.put(account.id(), new StaffMember(account.id(), account.displayName(), account.email(), account.role())));
        roles.heldFor(partnerId).forEach((accountId, role) -> accounts.findById(accountId).filter(Account::isActive)
                .ifPresent(account -> staff.putIfAbsent(accountId, new StaffMember(accountId, account.displayName(), account.email(), role))));
        return staff.values().stream().sorted(Comparator.comparing(StaffMember::displayName)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountCard> account(long accountId) {
        return accounts.findById(accountId).filter(Account::isConfirmed)
                .map(a -> new AccountCard(a.id(), a.displayName(), a.email(), a.role(), a.language()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountCard> holding(eu.cybersudoe.shared.security.Role role) {
        java.util.Map<Long, Account> found = new java.util.LinkedHashMap<>();
        accounts.findByRole(role).forEach(account -> found.put(account.id(), account));
        accounts.findAllById(roles.accountsHolding(role)).forEach(account -> found.putIfAbsent(account.id(), account));
        return found.values().stream().filter(a -> a.isActive() && a.isConfirmed())
                .map(a -> new AccountCard(a.id(), a.displayName(), a.email(), a.role(), a.language()))
                .sorted(Comparator.comparing(AccountCard::displayName)).toList();
    }
}
