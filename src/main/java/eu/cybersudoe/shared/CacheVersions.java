package eu.cybersudoe.shared;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the copies nodes hold in memory in step: each kind of cached data has a version number in
 * the database, raised by {@link #changed} in the transaction that changes the data. A node reads
 * the number (one primary-key look-up) before answering from its copy and reads the data again
 * when the number moved, so a change made on any node shows on every node at its next request,
 * never after a fixed expiry.
 */
@Component
public class CacheVersions {

    private final JdbcClient jdbc;

    CacheVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current version of the cache, 0 before its first change. */
    public long current(String cache) {
        return jdbc.sql("select version from cache_version where cache_name = ?").param(cache)
                .query(Long.class).optional().orElse(0L);
    }

    /** Records a change of the cached data; call it in the transaction that changes it. */
    public void changed(String cache) {
        if (jdbc.sql("update cache_version set version = version + 1 where cache_name = ?").param(cache).update() == 1) {
            return;
        }
        try {
            jdbc.sql("insert into cache_version (cache_name, version) values (?, 1)").param(cache).update();
        } catch (DuplicateKeyException insertedMeanwhile) {
            jdbc.sql("update cache_version set version = version + 1 where cache_name = ?").param(cache).update();
        }
    }
}
