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

    void beat(String node, Instant now) {
        if (jdbc.sql("update newsletter_node set heartbeat_at = ? where id = ?").params(Timestamp.from(now), node).update() == 0) {
            register(node, now);
        }
    }

    /** Forgets the node, and the nodes gone for long. */
    void remove(String node, Instant longAgo) {
        jdbc.sql("delete from newsletter_node where id = ? or heartbeat_at < ?").params(node, Timestamp.from(longAgo)).update();
    }
}
