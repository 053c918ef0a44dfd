package eu.cybersudoe.newsletters.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clicks and openings, kept in memory and written in batches every second (and when the node
 * stops), so that a redirect answers without waiting for the database. When the buffer is full
 * (the database does not keep up), events are dropped and counted rather than slowing readers.
 */
@Component
class ReadingEvents {

    private static final Logger log = LoggerFactory.getLogger(ReadingEvents.class);
    private static final int CAPACITY = 100_000;

    /** A click (with its link) or an opening (without). */
    record Event(long issueId, Long sendId, Long linkId, Kind kind, String language, String country, Instant at) {
    }

    enum Kind { CLICK, OPEN }

    private final JdbcTemplate template;
    private final BlockingQueue<Event> pending = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();

    ReadingEvents(JdbcTemplate template) {
        this.template = template;
    }

    void add(Event event) {
        if (!pending.offer(event) && dropped.incrementAndGet() % 1000 == 1) {
            log.warn("Newsletter reading events are dropped: {} so far", dropped.get());
        }
    }

    /** Writes what is waiting; returns how many events. */
    @Scheduled(fixedDelayString = "${cybersudoe.newsletters.tracking.flush-interval:1s}")
    synchronized int flush() {
        List<Event> batch = new ArrayList<>();
        int written = 0;
        while (pending.drainTo(batch, 1000) > 0) {
            template.batchUpdate("insert into newsletter_event (issue_id, send_id, link_id, kind, language, country, at) "
                    + "values (?, ?, ?, ?, ?, ?, ?)", batch, batch.size(), (ps, event) -> {
                ps.setLong(1, event.issueId());
                ps.setObject(2, event.sendId(), Types.BIGINT);
                ps.setObject(3, event.linkId(), Types.BIGINT);
                ps.setString(4, event.kind().name());
                ps.setString(5, event.language());
                ps.setString(6, event.country());
                ps.setTimestamp(7, Timestamp.from(event.at()));
            });
            written += batch.size();
            batch.clear();
        }
        return written;
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        flush();
    }
}
