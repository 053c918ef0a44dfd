package eu.cybersudoe.community.internal;

import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.shared.LocalizedTextConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The groups and their members, in {@code community_group} and {@code community_member}. */
@Repository
public class Groups {

    private final JdbcClient jdbc;

    Groups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String themeCode, LocalizedText name, LocalizedText description, boolean openToAll, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into community_group (theme_code, name, description, open_to_all, created_at)
                        values (?, ?, ?, ?, ?)""")
                .params(themeCode, LocalizedTextConverter.toJson(name), LocalizedTextConverter.toJson(description), openToAll,
                        Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void update(long groupId, LocalizedText name, LocalizedText description, boolean openToAll) {
        jdbc.sql("update community_group set name = ?, description = ?, open_to_all = ? where id = ?")
                .params(LocalizedTextConverter.toJson(name), LocalizedTextConverter.toJson(description), openToAll, groupId).update();
    }

    /**
     * Takes the right to mail the group's moderators about waiting posts now: refused when they were mailed less than
     * {@code quiet} ago (a conditional update, so that one node only wins).
     */
    public boolean claimPendingMail(long groupId, Instant now, java.time.Duration quiet) {
        return jdbc.sql("""
                        update community_group set pending_mailed_at = ?
                        where id = ? and (pending_mailed_at is null or pending_mailed_at <= ?)""")
                .params(Timestamp.from(now), groupId, Timestamp.from(now.minus(quiet))).update() == 1;
    }

    public boolean hasTheme(String themeCode) {
        return jdbc.sql("select count(*) from community_group where theme_code = ?").param(themeCode).query(Long.class).single() > 0;
    }

    public List<Group> all() {
        return jdbc.sql("select * from community_group order by theme_code is null, id").query(Groups::group).list();
    }

    public Optional<Group> find(long id) {
        return jdbc.sql("select * from community_group where id = ?").param(id).query(Groups::group).optional();
    }

    public Optional<Group> ofTheme(String themeCode) {
        return jdbc.sql("select * from community_group where theme_code = ?").param(themeCode).query(Groups::group).optional();
    }

    public Optional<Membership> membership(long groupId, long accountId) {
        return jdbc.sql("select * from community_member where group_id = ? and account_id = ?").params(groupId, accountId)
                .query(Groups::membership).optional();
    }

    public List<Membership> members(long groupId) {
        return jdbc.sql("select * from community_member where group_id = ? order by status desc, moderator desc, display_name")
                .param(groupId).query(Groups::membership).list();
    }

    public long activeMembers(long groupId) {
        return jdbc.sql("select count(*) from community_member where group_id = ? and status = 'ACTIVE'").param(groupId)
                .query(Long.class).single();
    }

    public void putMember(long groupId, long accountId, String displayName, Membership.Status status, boolean moderator, Instant at) {
        int changed = jdbc.sql("update community_member set status = ?, moderator = ? where group_id = ? and account_id = ?")
                .params(status.name(), moderator, groupId, accountId).update();
        if (changed == 0) {
            jdbc.sql("""
                            insert into community_member (group_id, account_id, display_name, status, moderator, joined_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(groupId, accountId, displayName, status.name(), moderator, Timestamp.from(at)).update();
        }
    }

    public void removeMember(long groupId, long accountId) {
        jdbc.sql("delete from community_member where group_id = ? and account_id = ?").params(groupId, accountId).update();
    }

    public Optional<Instant> mutedUntil(long groupId, long accountId, Instant now) {
        return jdbc.sql("select until from community_mute where group_id = ? and account_id = ? and until > ?")
                .params(groupId, accountId, Timestamp.from(now)).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    public void mute(long groupId, long accountId, Instant until) {
        jdbc.sql("delete from community_mute where group_id = ? and account_id = ?").params(groupId, accountId).update();
        jdbc.sql("insert into community_mute (group_id, account_id, until) values (?, ?, ?)")
                .params(groupId, accountId, Timestamp.from(until)).update();
    }

    /** The groups the account moderates. */
    public List<Long> moderatedBy(long accountId) {
        return jdbc.sql("select group_id from community_member where account_id = ? and moderator and status = 'ACTIVE'")
                .param(accountId).query(Long.class).list();
    }

    /** Forgets an erased account's memberships and mutes. */
    public void forget(long accountId) {
        jdbc.sql("delete from community_member where account_id = ?").param(accountId).update();
        jdbc.sql("delete from community_mute where account_id = ?").param(accountId).update();
    }

    private static Group group(ResultSet rs, int row) throws SQLException {
        return new Group(rs.getLong("id"), rs.getString("theme_code"), LocalizedTextConverter.fromJson(rs.getString("name")),
                LocalizedTextConverter.fromJson(rs.getString("description")), rs.getBoolean("open_to_all"));
    }

    private static Membership membership(ResultSet rs, int row) throws SQLException {
        return new Membership(rs.getLong("group_id"), rs.getLong("account_id"), rs.getString("display_name"),
                Membership.Status.valueOf(rs.getString("status")), rs.getBoolean("moderator"));
    }
}
