package eu.cybersudoe.committees.internal;

import eu.cybersudoe.committees.CommitteeRole;
import eu.cybersudoe.committees.Group;
import eu.cybersudoe.committees.GroupKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The groups and their dated memberships, in the module's own tables. */
@Component
public class GroupStore {

    /**
     * One membership row.
     *
     * @param until the last day, or null while it lasts
     */
    public record Membership(long id, long groupId, long accountId, String partnerId, CommitteeRole role, LocalDate from,
                             LocalDate until) {

        boolean holdsOn(LocalDate day) {
            return !from.isAfter(day) && (until == null || !until.isBefore(day));
        }
    }

    private static final String GROUP_COLUMNS = "select id, code, kind, name from committee_group" + " ";
    private static final String MEMBERSHIP_COLUMNS =
            "select id, group_id, account_id, partner_id, role, from_date, until_date from committee_membership" + " ";

    private final JdbcClient jdbc;

    GroupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the group unless its code exists (two nodes starting together add it once). */
    void ensure(String code, GroupKind kind, String name, Instant now) {
        if (byCode(code).isPresent()) {
            return;
        }
        try {
            jdbc.sql("insert into committee_group (code, kind, name, created_at) values (?, ?, ?, ?)")
                    .params(code, kind.name(), name, Timestamp.from(now)).update();
        } catch (DuplicateKeyException addedElsewhere) {
            // the other node added it
        }
    }

    public List<Group> all() {
        return jdbc.sql(GROUP_COLUMNS + """
                         order by case kind when 'STEERING' then 0 when 'TECHNICAL' then 1 else 2 end, name, id""")
                .query(GroupStore::group).list();
    }

    public Optional<Group> find(long id) {
        return jdbc.sql(GROUP_COLUMNS + " where id = ?").param(id).query(GroupStore::group).optional();
    }

    public Optional<Group> byCode(String code) {
        return jdbc.sql(GROUP_COLUMNS + " where code = ?").param(code).query(GroupStore::group).optional();
    }

    public Optional<Group> ofKind(GroupKind kind) {
        return jdbc.sql(GROUP_COLUMNS + " where kind = ? order by id").param(kind.name()).query(GroupStore::group)
                .list().stream().findFirst();
    }

    /** Every membership of the group, past and present, by start. */
    public List<Membership> memberships(long groupId) {
        return jdbc.sql(MEMBERSHIP_COLUMNS + " where group_id = ? order by from_date, id").param(groupId)
                .query(GroupStore::membership).list();
    }

    /** The memberships that hold on a day. */
    public List<Membership> membershipsOn(long groupId, LocalDate day) {
        return jdbc.sql(MEMBERSHIP_COLUMNS + """
                         where group_id = ? and from_date <= ? and (until_date is null or until_date >= ?) order by id""")
                .params(groupId, Date.valueOf(day), Date.valueOf(day)).query(GroupStore::membership).list();
    }

    /** The memberships of an account that hold on a day, in every group. */
    public List<Membership> membershipsOf(long accountId, LocalDate day) {
        return jdbc.sql(MEMBERSHIP_COLUMNS + """
                         where account_id = ? and from_date <= ? and (until_date is null or until_date >= ?) order by group_id""")
                .params(accountId, Date.valueOf(day), Date.valueOf(day)).query(GroupStore::membership).list();
    }

    public Optional<Membership> membership(long groupId, long membershipId) {
        return jdbc.sql(MEMBERSHIP_COLUMNS + " where group_id = ? and id = ?").params(groupId, membershipId)
                .query(GroupStore::membership).optional();
    }

    long addGroup(String code, GroupKind kind, String name, Instant now) {
        jdbc.sql("insert into committee_group (code, kind, name, created_at) values (?, ?, ?, ?)")
                .params(code, kind.name(), name, Timestamp.from(now)).update();
        return byCode(code).orElseThrow().id();
    }

    void addMembership(long groupId, long accountId, String partnerId, CommitteeRole role, LocalDate from, Instant now) {
        jdbc.sql("""
                        insert into committee_membership (group_id, account_id, partner_id, role, from_date, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(groupId, accountId, partnerId, role.name(), Date.valueOf(from), Timestamp.from(now)).update();
    }

    /** Ends a membership on a day (its last day); false when it had ended already or starts after that day. */
    boolean endMembership(long groupId, long membershipId, LocalDate lastDay) {
        return jdbc.sql("""
                        update committee_membership set until_date = ?
                        where group_id = ? and id = ? and until_date is null and from_date <= ?""")
                .params(Date.valueOf(lastDay), groupId, membershipId, Date.valueOf(lastDay)).update() == 1;
    }

    private static Group group(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Group(rs.getLong("id"), rs.getString("code"), GroupKind.valueOf(rs.getString("kind")), rs.getString("name"));
    }

    private static Membership membership(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Date until = rs.getDate("until_date");
        return new Membership(rs.getLong("id"), rs.getLong("group_id"), rs.getLong("account_id"), rs.getString("partner_id"),
                CommitteeRole.valueOf(rs.getString("role")), rs.getDate("from_date").toLocalDate(),
                until == null ? null : until.toLocalDate());
    }
}
