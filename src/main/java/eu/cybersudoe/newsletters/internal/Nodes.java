package eu.cybersudoe.newsletters.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;

/** The delivering nodes and their heartbeats ({@code newsletter_node}). */
@Repository
class Nodes {

    private final JdbcClient jdbc;

    Nodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void register(String node, Instant now) {
        jdbc.sql("insert into newsletter_node (id, started_at, heartbeat_at) values (?, ?, ?)")
                .params(node, Timestamp.from(now), Timestamp.from(now)).update();
    }

    /** Beats the node's heart, with the relay's outage it sees (or null). */
    void beat(String node, Instant now, RelayHealth.Outage outage) {
        if (jdbc.sql("update newsletter_node set heartbeat_at = ?, relay_down_since = ?, relay_problem = ? where id = ?")
                .params(Timestamp.from(now), outage == null ? null : Timestamp.from(outage.since()),
                        outage == null ? null : shorten(outage.problem()), node).update() == 0) {
            register(node, now);
        }
    }

    /** The earliest outage of the relay that a node beating since {@code aliveSince} sees, or null. */
    RelayHealth.Outage outage(Instant aliveSince) {
        return jdbc.sql("""
                        select relay_down_since, relay_problem from newsletter_node
                        where relay_down_since is not null and heartbeat_at >= ? order by relay_down_since fetch first 1 rows only""")
                .param(Timestamp.from(aliveSince))
                .query((rs, n) -> new RelayHealth.Outage(rs.getTimestamp(1).toInstant(), rs.getString(2)))
                .optional().orElse(null);
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300);
    }

    /** Forgets the node, and the nodes gone for long. */
    void remove(String node, Instant longAgo) {
        jdbc.sql("delete from newsletter_node where id = ? or heartbeat_at < ?").params(node, Timestamp.from(longAgo)).update();
    }
}
