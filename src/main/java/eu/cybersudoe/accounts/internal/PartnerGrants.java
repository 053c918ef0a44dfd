package eu.cybersudoe.accounts.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Partners an account works for besides its own, granted only by a network admin: the
 * partners a controller controls, or a second partner of a staff member.
 */
@Component
public class PartnerGrants {

    private final JdbcClient jdbc;
    private final AccountHistory history;
    private final Clock clock;

    PartnerGrants(JdbcClient jdbc, AccountHistory history, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.clock = clock;
    }

    /** Grants the partner; false when the account already had it. */
    boolean grant(long accountId, String partnerId, AccountHistory.Actor by) {
        if (of(accountId).contains(partnerId)) {
            return false;
        }
        jdbc.sql("insert into account_partner (account_id, partner_id, granted_by, granted_at) values (?, ?, ?, ?)")
                .params(accountId, partnerId, by.accountId(), Timestamp.from(clock.instant())).update();
        history.record(accountId, by, AccountHistory.Kind.PARTNER_GRANTED, null, partnerId, null, null);
        accessChanged(accountId);
        return true;
    }

    /** Withdraws the partner; false when the account did not have it. */
    boolean withdraw(long accountId, String partnerId, AccountHistory.Actor by) {
        int removed = jdbc.sql("delete from account_partner where account_id = ? and partner_id = ?")
                .params(accountId, partnerId).update();
        if (removed > 0) {
            history.record(accountId, by, AccountHistory.Kind.PARTNER_WITHDRAWN, null, null, null, partnerId);
            accessChanged(accountId);
        }
        return removed > 0;
    }

    private void accessChanged(long accountId) {
        jdbc.sql("update account set access_changed_at = ? where id = ?").params(Timestamp.from(clock.instant()), accountId).update();
    }

    /** The partners granted to the account, by id. */
    public List<String> of(long accountId) {
        return jdbc.sql("select partner_id from account_partner where account_id = ? order by partner_id")
                .param(accountId).query(String.class).list();
    }
}
