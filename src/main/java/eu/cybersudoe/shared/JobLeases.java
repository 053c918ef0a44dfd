package eu.cybersudoe.shared;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Scheduled work that must run on one node at a time: a node takes the job's lease for a while
 * by a conditional update (the lease is free, expired or already its own), and only the node that
 * got it runs the job. A node that dies keeps the lease at most until it expires; then another
 * node takes it. Work made of records (conference jobs, follow-ups, sends) is claimed record by
 * record instead and needs no lease.
 */
@Component
public class JobLeases {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    JobLeases(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** This node's name in the leases, new at every start. */
    public String node() {
        return node;
    }

    /**
     * Takes or renews the job's lease for {@code period}.
     *
     * @return whether this node holds it now and may run the job
     */
    public boolean take(String job, Duration period) {
        Instant now = clock.instant();
        Timestamp until = Timestamp.from(now.plus(period));
        int taken = jdbc.sql("update job_lease set holder = ?, held_until = ? where job_name = ? and (held_until <= ? or holder = ?)")
                .params(node, until, job, Timestamp.from(now), node).update();
        if (taken == 1) {
            return true;
        }
        try {
            return jdbc.sql("insert into job_lease (job_name, holder, held_until) values (?, ?, ?)")
                    .params(job, node, until).update() == 1;
        } catch (DuplicateKeyException heldElsewhere) {
            return false;
        }
    }

    /** Gives the lease back early, so another node need not wait for it to expire. */
    public void release(String job) {
        jdbc.sql("update job_lease set held_until = ? where job_name = ? and holder = ?")
                .params(Timestamp.from(clock.instant()), job, node).update();
    }
}
