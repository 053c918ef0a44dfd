package eu.cybersudoe.community.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A member's choices ({@code community_preference}): a daily digest instead of a message per
 * post, and whether their texts stay (without their name) if they erase their account.
 */
@Repository
public class Preferences {

    public record Choice(boolean digest, boolean keepText) {
        public static final Choice DEFAULT = new Choice(false, false);
    }

    private final JdbcClient jdbc;

    Preferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Choice of(long accountId) {
        return jdbc.sql("select digest, keep_text from community_preference where account_id = ?").param(accountId)
                .query((rs, n) -> new Choice(rs.getBoolean("digest"), rs.getBoolean("keep_text"))).optional()
                .orElse(Choice.DEFAULT);
    }

    public void save(long accountId, Choice choice) {
        int changed = jdbc.sql("update community_preference set digest = ?, keep_text = ? where account_id = ?")
                .params(choice.digest(), choice.keepText(), accountId).update();
        if (changed == 0) {
            jdbc.sql("insert into community_preference (account_id, digest, keep_text) values (?, ?, ?)")
                    .params(accountId, choice.digest(), choice.keepText()).update();
        }
    }

    public void forget(long accountId) {
        jdbc.sql("delete from community_preference where account_id = ?").param(accountId).update();
    }
}
