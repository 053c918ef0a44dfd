package eu.cybersudoe.missions.internal;

import eu.cybersudoe.accounts.AccountDeactivated;
import eu.cybersudoe.accounts.AccountReactivated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * People who can no longer sign in, kept from accounts' events, and the open missions still in
 * their name, so that the partner's managers see what to hand to someone else.
 */
@Component
public class DepartedAdvisors {

    /** An advisor gone, with how many open missions are still theirs. */
    public record ToReassign(long accountId, String name, String partnerId, long openMissions) {
    }

    private final JdbcClient jdbc;

    DepartedAdvisors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(AccountDeactivated deactivated) {
        jdbc.sql("delete from mission_departed_advisor where account_id = ?").param(deactivated.accountId()).update();
        jdbc.sql("insert into mission_departed_advisor (account_id, display_name, partner_id, deactivated_at) values (?, ?, ?, ?)")
                .params(deactivated.accountId(), deactivated.displayName(), deactivated.partnerId(), Timestamp.from(deactivated.at()))
                .update();
    }

    @ApplicationModuleListener
    void on(AccountReactivated reactivated) {
        jdbc.sql("delete from mission_departed_advisor where account_id = ?").param(reactivated.accountId()).update();
    }

    /** Departed advisors with open missions of the partner (of every partner when null), by name. */
    public List<ToReassign> withOpenMissions(String partnerIdOrNull) {
        String open = Arrays.stream(MissionState.values()).filter(s -> !s.closed()).map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", "));
        String sql = """
                select d.account_id, d.display_name, m.partner_id, count(*) from mission_departed_advisor d
                join mission m on m.advisor_id = d.account_id
                where m.state in (%s)%s
                group by d.account_id, d.display_name, m.partner_id order by d.display_name""".formatted(open,
                partnerIdOrNull == null ? "" : " and m.partner_id = :partner");
        var statement = jdbc.sql(sql);
        if (partnerIdOrNull != null) {
            statement = statement.param("partner", partnerIdOrNull);
        }
        return statement.query((rs, n) -> new ToReassign(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }
}
