package eu.cybersudoe.search.internal;

import eu.cybersudoe.search.SearchableChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The {@code search_change} table: the items whose documents changed, in the order they did, for every node. */
@Component
class ChangeLog {

    /** A change read back. */
    record Change(long id, String kind, String itemId) {
    }

    private final JdbcClient jdbc;

    ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(SearchableChanged change, Instant at) {
        jdbc.sql("insert into search_change (kind, item_id, changed_at) values (?, ?, ?)")
                .params(change.kind(), change.id(), Timestamp.from(at)).update();
    }

    /** The changes after a cursor, oldest first, at most {@code limit}. */
    List<Change> after(long cursor, int limit) {
        return jdbc.sql("select id, kind, item_id from search_change where id > ? order by id limit ?")
                .params(cursor, limit)
                .query((rs, n) -> new Change(rs.getLong("id"), rs.getString("kind"), rs.getString("item_id"))).list();
    }

    /** The last change recorded, 0 when none was. */
    long last() {
        return jdbc.sql("select coalesce(max(id), 0) from search_change").query(Long.class).single();
    }

    /** Forgets changes older than a moment: a node that was stopped longer rebuilds its index. */
    int forgetBefore(Instant moment) {
        return jdbc.sql("delete from search_change where changed_at < ?").param(Timestamp.from(moment)).update();
    }
}
