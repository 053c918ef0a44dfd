package eu.cybersudoe.community.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * What happened that a member should see: new posts in what they follow and decisions about
 * their posts ({@code community_activity}), unread until they look, mailed once.
 */
@Repository
public class Activity {

    /** Why an entry was made. */
    public enum Kind { POST, MODERATION }

    /**
     * An entry as the list and the digest show it.
     *
     * @param discussionTitle the discussion's title
     */
    public record Item(long id, long accountId, long postId, long discussionId, String discussionTitle, String authorName,
                       Kind kind, Instant at, boolean read) {
    }

    private static final String ITEM = """
            select a.id, a.account_id, a.post_id, a.kind, a.created_at, a.read_at, p.discussion_id, p.author_name, d.title
            from community_activity a join community_post p on p.id = a.post_id
            join community_discussion d on d.id = p.discussion_id
            """;

    private final JdbcClient jdbc;

    Activity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long accountId, long postId, Kind kind, Instant at) {
        jdbc.sql("insert into community_activity (account_id, post_id, kind, created_at) values (?, ?, ?, ?)")
                .params(accountId, postId, kind.name(), Timestamp.from(at)).update();
    }

    public void mailed(List<Long> ids, Instant at) {
        if (!ids.isEmpty()) {
            jdbc.sql("update community_activity set mailed_at = :at where id in (:ids)").param("at", Timestamp.from(at))
                    .param("ids", ids).update();
        }
    }

    public List<Item> unread(long accountId, int limit) {
        return jdbc.sql(ITEM + "where a.account_id = ? and a.read_at is null order by a.created_at desc, a.id desc fetch first ? rows only")
                .params(accountId, limit).query(Activity::item).list();
    }

    public long unreadCount(long accountId) {
        return jdbc.sql("select count(*) from community_activity where account_id = ? and read_at is null").param(accountId)
                .query(Long.class).single();
    }

    public void markRead(long accountId, Instant at) {
        jdbc.sql("update community_activity set read_at = ? where account_id = ? and read_at is null")
                .params(Timestamp.from(at), accountId).update();
    }

    /** A discussion's entries become read when the member opens it. */
    public void markDiscussionRead(long accountId, long discussionId, Instant at) {
        jdbc.sql("""
                        update community_activity set read_at = ? where account_id = ? and read_at is null
                          and post_id in (select id from community_post where discussion_id = ?)""")
                .params(Timestamp.from(at), accountId, discussionId).update();
    }

    /** The accounts with post entries not mailed yet. */
    public List<Long> awaitingDigest() {
        return jdbc.sql("select distinct account_id from community_activity where mailed_at is null and kind = 'POST'")
                .query(Long.class).list();
    }

    public List<Item> notMailed(long accountId) {
        return jdbc.sql(ITEM + "where a.account_id = ? and a.mailed_at is null and a.kind = 'POST' order by d.id, a.created_at")
                .param(accountId).query(Activity::item).list();
    }

    public void forget(long accountId) {
        jdbc.sql("delete from community_activity where account_id = ?").param(accountId).update();
    }

    private static Item item(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Item(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("post_id"), rs.getLong("discussion_id"),
                rs.getString("title"), rs.getString("author_name"), Kind.valueOf(rs.getString("kind")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null);
    }
}
