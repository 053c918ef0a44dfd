package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.RoleGrant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * The roles an account holds besides its main one (an advisor of one partner who is also an
 * evaluator), given by a network admin or by an accepted invitation. Each grant and withdrawal
 * is kept in {@link AccountHistory} and ends the account's sessions.
 */
@Component
class AccountRoles {

    private final JdbcClient jdbc;
    private final AccountHistory history;
    private final Clock clock;

    AccountRoles(JdbcClient jdbc, AccountHistory history, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.clock = clock;
    }

    /** Adds the role; false when the account already holds it (as its main role or another). */
    boolean grant(Account account, RoleGrant grant, AccountHistory.Actor by) {
        // the account's row is locked so that a double click, or two admins at once, give the role once
        jdbc.sql("select id from account where id = ? for update").param(account.id()).query(Long.class).single();
        if (account.mainRole().equals(grant) || of(account.id()).contains(grant)) {
            return false;
        }
        jdbc.sql("insert into account_role (account_id, role, partner_id, granted_by, granted_at) values (?, ?, ?, ?, ?)")
                .params(account.id(), grant.role().name(), grant.partnerId(), by.accountId(), Timestamp.from(clock.instant()))
                .update();
        history.record(account.id(), by, AccountHistory.Kind.ROLE_GRANTED, grant.role(), grant.partnerId(), null, null);
        account.accessChanged(clock.instant());
        return true;
    }

    /** Takes the role back; false when the account did not hold it besides its main role. */
    boolean withdraw(Account account, RoleGrant grant, AccountHistory.Actor by) {
        int removed = delete(account.id(), grant);
        if (removed > 0) {
            history.record(account.id(), by, AccountHistory.Kind.ROLE_WITHDRAWN, null, null, grant.role(), grant.partnerId());
            account.accessChanged(clock.instant());
        }
        return removed > 0;
    }

    /** Once a role became the main one, it is no longer held besides it. */
    void becameMain(Account account) {
        delete(account.id(), account.mainRole());
    }

    private int delete(long accountId, RoleGrant grant) {
        return grant.partnerId() == null
                ? jdbc.sql("delete from account_role where account_id = ? and role = ? and partner_id is null")
                .params(accountId, grant.role().name()).update()
                : jdbc.sql("delete from account_role where account_id = ? and role = ? and partner_id = ?")
                .params(accountId, grant.role().name(), grant.partnerId()).update();
    }

    /** The roles held besides the main one, in the order they were given. */
    List<RoleGrant> of(long accountId) {
        return jdbc.sql("select role, partner_id from account_role where account_id = ? order by id").param(accountId)
                .query((rs, n) -> new RoleGrant(Role.valueOf(rs.getString(1)), rs.getString(2))).list();
    }

    /** Every role the account holds, its main one first. */
    List<RoleGrant> allOf(Account account) {
        List<RoleGrant> all = new java.util.ArrayList<>();
        all.add(account.mainRole());
        all.addAll(of(account.id()));
        return List.copyOf(all);
    }

    /** The accounts holding a role for the partner besides their main one, with that role. */
    java.util.Map<Long, Role> heldFor(String partnerId) {
        java.util.Map<Long, Role> held = new java.util.LinkedHashMap<>();
        jdbc.sql("select account_id, role from account_role where partner_id = ? order by id").param(partnerId)
                .query((rs, n) -> java.util.Map.entry(rs.getLong(1), Role.valueOf(rs.getString(2))))
                .list().forEach(entry -> held.putIfAbsent(entry.getKey(), entry.getValue()));
        return held;
    }

    /** The accounts holding a role for the partner besides their main one. */
    List<Long> accountsWithRoleFor(String partnerId) {
        return jdbc.sql("select distinct account_id from account_role where partner_id = ?").param(partnerId)
                .query(Long.class).list();
    }

    /** The accounts holding a role besides their main one. */
    List<Long> accountsHolding(Role role) {
        return jdbc.sql("select distinct account_id from account_role where role = ?").param(role.name())
                .query(Long.class).list();
    }
}
