package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.accounts.AccountDeactivated;
import eu.cybersudoe.accounts.AccountReactivated;
import eu.cybersudoe.accounts.StaffDirectory;
import eu.cybersudoe.accounts.StaffMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/**
 * The staff member in charge of each conference (whoever drafted it, until a manager names someone
 * else), and the people who left: kept from accounts' events, so that the conferences still in
 * their charge are listed to the partner's managers for reassignment.
 */
@Component
@Transactional
public class ConferenceOrganisers {

    /** A conference still drafted or announced whose organiser can no longer sign in. */
    public record ToReassign(long conferenceId, String organiserName, String partnerId) {
    }

    /** The person in charge of a conference. */
    public record Organiser(long accountId, String name, boolean departed) {
    }

    private final JdbcClient jdbc;
    private final StaffDirectory staff;

    ConferenceOrganisers(JdbcClient jdbc, StaffDirectory staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    @ApplicationModuleListener
    void on(AccountDeactivated deactivated) {
        jdbc.sql("delete from conference_departed_organiser where account_id = ?").param(deactivated.accountId()).update();
        jdbc.sql("insert into conference_departed_organiser (account_id, display_name, partner_id, deactivated_at) values (?, ?, ?, ?)")
                .params(deactivated.accountId(), deactivated.displayName(), deactivated.partnerId(), Timestamp.from(deactivated.at()))
                .update();
    }

    @ApplicationModuleListener
    void on(AccountReactivated reactivated) {
        jdbc.sql("delete from conference_departed_organiser where account_id = ?").param(reactivated.accountId()).update();
    }

    /** Puts the person in charge of the conference. */
    public void name(long conferenceId, long accountId, String displayName) {
        jdbc.sql("update conference set organiser_id = ?, organiser_name = ? where id = ?")
                .params(accountId, displayName, conferenceId).update();
    }

    /**
     * Hands the conference to another staff member of its partner.
     *
     * @return false when that person is not one of the partner's staff
     */
    public boolean reassign(Conference conference, long accountId) {
        Optional<StaffMember> member = staffOf(conference.partnerId()).stream().filter(m -> m.accountId() == accountId).findFirst();
        member.ifPresent(m -> name(conference.id(), m.accountId(), m.displayName()));
        return member.isPresent();
    }

    /** Who may be put in charge of the partner's conferences. */
    @Transactional(readOnly = true)
    public List<StaffMember> staffOf(String partnerId) {
        return staff.staffOf(partnerId);
    }

    @Transactional(readOnly = true)
    public Optional<Organiser> of(long conferenceId) {
        return jdbc.sql("""
                        select c.organiser_id, c.organiser_name, d.account_id from conference c
                        left join conference_departed_organiser d on d.account_id = c.organiser_id
                        where c.id = ? and c.organiser_id is not null""")
                .param(conferenceId)
                .query((rs, n) -> new Organiser(rs.getLong(1), rs.getString(2), rs.getObject(3) != null)).optional();
    }

    /** Drafted or announced conferences of the partner (of every partner when null) whose organiser left, soonest first. */
    @Transactional(readOnly = true)
    public List<ToReassign> toReassign(String partnerIdOrNull) {
        var statement = jdbc.sql("""
                select c.id, c.organiser_name, c.partner_id from conference c
                join conference_departed_organiser d on d.account_id = c.organiser_id
                where c.status in ('DRAFT', 'PUBLISHED')%s order by c.starts_at, c.id""".formatted(
                partnerIdOrNull == null ? "" : " and c.partner_id = :partner"));
        if (partnerIdOrNull != null) {
            statement = statement.param("partner", partnerIdOrNull);
        }
        return statement.query((rs, n) -> new ToReassign(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }
}
