package eu.cybersudoe.community.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who follows which discussion or group ({@code community_follow}). Stopping a thread keeps a
 * muted row for it, so that following its group does not bring its messages back.
 */
@Repository
public class Follows {

    private final JdbcClient jdbc;

    Follows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void followDiscussion(long accountId, long discussionId, Instant at) {
        int changed = jdbc.sql("update community_follow set muted = false where account_id = ? and discussion_id = ?")
                .params(accountId, discussionId).update();
        if (changed == 0) {
            jdbc.sql("insert into community_follow (account_id, discussion_id, muted, created_at) values (?, ?, false, ?)")
                    .params(accountId, discussionId, Timestamp.from(at)).update();
        }
    }

    /** Stops a thread for the account: no more messages about it, whatever else it follows. */
    public void stopDiscussion(long accountId, long discussionId, Instant at) {
        int changed = jdbc.sql("update community_follow set muted = true where account_id = ? and discussion_id = ?")
                .params(accountId, discussionId).update();
        if (changed == 0) {
            jdbc.sql("insert into community_follow (account_id, discussion_id, muted, created_at) values (?, ?, true, ?)")
                    .params(accountId, discussionId, Timestamp.from(at)).update();
        }
    }

    public void followGroup(long accountId, long groupId, Instant at) {
        if (!followsGroup(accountId, groupId)) {
            jdbc.sql("insert into community_follow (account_id, group_id, muted, created_at) values (?, ?, false, ?)")
                    .params(accountId, groupId, Timestamp.from(at)).update();
        }
    }

    public void stopGroup(long accountId, long groupId) {
        jdbc.sql("delete from community_follow where account_id = ? and group_id = ?").params(accountId, groupId).update();
    }

    public boolean followsGroup(long accountId, long groupId) {
        return jdbc.sql("select count(*) from community_follow where account_id = ? and group_id = ?")
                .params(accountId, groupId).query(Long.class).single() > 0;
    }

    /** Whether the account follows the discussion (itself, or through its group, unless stopped). */
    public boolean followsDiscussion(long accountId, long discussionId, Long groupId) {
        Optional<Boolean> muted = jdbc.sql("select muted from community_follow where account_id = ? and discussion_id = ?")
                .params(accountId, discussionId).query(Boolean.class).optional();
        return muted.map(m -> !m).orElseGet(() -> groupId != null && followsGroup(accountId, groupId));
    }

    /** The accounts to tell of a new post in a discussion: its followers and its group's, less those who stopped it. */
    public Set<Long> recipients(long discussionId, Long groupId) {
        Set<Long> accounts = new LinkedHashSet<>(jdbc.sql(
                        "select account_id from community_follow where discussion_id = ? and not muted order by id")
                .param(discussionId).query(Long.class).list());
        if (groupId != null) {
            accounts.addAll(jdbc.sql("select account_id from community_follow where group_id = ? order by id")
                    .param(groupId).query(Long.class).list());
        }
        accounts.removeAll(jdbc.sql("select account_id from community_follow where discussion_id = ? and muted")
                .param(discussionId).query(Long.class).list());
        return accounts;
    }

    public List<Long> discussionsFollowed(long accountId) {
        return jdbc.sql("select discussion_id from community_follow where account_id = ? and discussion_id is not null and not muted")
                .param(accountId).query(Long.class).list();
    }

    public List<Long> groupsFollowed(long accountId) {
        return jdbc.sql("select group_id from community_follow where account_id = ? and group_id is not null")
                .param(accountId).query(Long.class).list();
    }

    public void forget(long accountId) {
        jdbc.sql("delete from community_follow where account_id = ?").param(accountId).update();
    }
}
