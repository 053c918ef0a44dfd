package eu.cybersudoe.community.internal;

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

/** Every moderation decision, kept for network admins ({@code community_moderation}). */
@Repository
public class ModerationLog {

    /** What was decided. */
    public enum Action { APPROVE, HIDE, RESTORE, DELETE, MUTE, HIDDEN_BY_REPORTS }

    /**
     * A decision.
     *
     * @param memberId      the author of the post, or the member muted
     * @param moderatorName null when the platform decided (three reports)
     */
    public record Entry(long id, Long groupId, Long postId, Long memberId, Long moderatorId, String moderatorName,
                        Action action, String reason, Instant decidedAt) {
    }

    private final JdbcClient jdbc;

    ModerationLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long record(Long groupId, Long postId, Long memberId, Long moderatorId, String moderatorName, Action action,
                       String reason, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into community_moderation (group_id, post_id, member_id, moderator_id, moderator_name, action, reason,
                            decided_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(groupId, postId, memberId, moderatorId, moderatorName, action.name(), reason == null ? "" : reason,
                        Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Entry> find(long id) {
        return jdbc.sql("select * from community_moderation where id = ?").param(id).query(ModerationLog::entry).optional();
    }

    public List<Entry> page(int offset, int size) {
        return jdbc.sql("select * from community_moderation order by decided_at desc, id desc offset ? rows fetch next ? rows only")
                .params(offset, size).query(ModerationLog::entry).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from community_moderation").query(Long.class).single();
    }

    /** Takes an erased account's id off the decisions about it (the decisions stay). */
    public void forget(long accountId) {
        jdbc.sql("update community_moderation set member_id = null where member_id = ?").param(accountId).update();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), rs.getObject("group_id", Long.class), rs.getObject("post_id", Long.class),
                rs.getObject("member_id", Long.class), rs.getObject("moderator_id", Long.class), rs.getString("moderator_name"),
                Action.valueOf(rs.getString("action")), rs.getString("reason"), rs.getTimestamp("decided_at").toInstant());
    }
}
