package eu.cybersudoe.accounts.internal;

import eu.cybersudoe.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Every change of a person's role, partner or status: who made it, when, from what to what. */
@Component
public class AccountHistory {

    /** The kinds of change. */
    public enum Kind { JOINED, ROLE_GAINED, ROLE_CHANGED, MOVED, DEACTIVATED, REACTIVATED, PARTNER_GRANTED, PARTNER_WITHDRAWN,
        ROLE_GRANTED, ROLE_WITHDRAWN }

    /** One change; the role and partner are the new ones, the previous ones what they replaced (null when unchanged). */
    public record Change(Instant at, String byName, Kind kind, Role role, String partnerId, Role previousRole,
                         String previousPartnerId) {
    }

    /** Who made a change. */
    public record Actor(Long accountId, String name) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(long accountId, Actor by, Kind kind, Role role, String partnerId, Role previousRole, String previousPartnerId) {
        jdbc.sql("""
                        insert into account_change (account_id, changed_by, changed_by_name, changed_at, kind, role, partner_id,
                            previous_role, previous_partner)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(accountId, by.accountId(), by.name(), Timestamp.from(clock.instant()), kind.name(),
                        role == null ? null : role.name(), partnerId,
                        previousRole == null ? null : previousRole.name(), previousPartnerId)
                .update();
    }

    /** The changes of an account, latest first. */
    public List<Change> of(long accountId) {
        return jdbc.sql("""
                        select changed_at, changed_by_name, kind, role, partner_id, previous_role, previous_partner
                        from account_change where account_id = ? order by changed_at desc, id desc""")
                .param(accountId)
                .query((rs, n) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), Kind.valueOf(rs.getString(3)),
                        role(rs.getString(4)), rs.getString(5), role(rs.getString(6)), rs.getString(7)))
                .list();
    }

    private static Role role(String name) {
        return name == null ? null : Role.valueOf(name);
    }
}
