package eu.cybersudoe.companies.imports;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's imports run one at a time across the nodes: while one runs on a live node, another
 * of the same partner cannot be claimed (by any node: each claim is its own connection and
 * transaction, as on two nodes), two claims racing for two imports of one partner leave one
 * running, and the import of a node that stopped beating is taken up by the next claim.
 */
@DatabaseTest
@TestPropertySource(properties = "cybersudoe.imports.poll=PT1H")
class ImportClaimsTest {

    static final String PARTNER = "cybermassif";

    @Autowired
    Imports imports;
    @Autowired
    ImportJobs jobs;
    @Autowired
    JdbcClient jdbc;
    ImportTestFiles files;

    @BeforeEach
    void files() {
        files = new ImportTestFiles(imports, jdbc);
        // imports other tests of this partner left running are over for these claims
        jdbc.sql("update import_job set heartbeat_at = ? where partner_id = ? and status = 'RUNNING'")
                .params(Timestamp.from(Instant.now().minus(Duration.ofHours(1))), PARTNER).update();
    }

    long queued(String partner) {
        String tag = ImportTestFiles.unique();
        ImportJob job = files.upload("claims.csv", ("Raison sociale;Code postal\nSociété " + tag + ";63000\n")
                .getBytes(StandardCharsets.UTF_8), partner, Country.FR);
        jdbc.sql("update import_job set mapping = ?, status = 'QUEUED' where id = ?")
                .params("{\"0\":\"LEGAL_NAME\",\"1\":\"POSTCODE\"}", job.id()).update();
        return job.id();
    }

    @Test
    void anotherImportOfThePartnerWaitsWhileOneRunsAndGoesOnceItsNodeStopped() {
        Instant now = Instant.now();
        Instant staleBefore = now.minus(ImportRunner.STALE);
        long first = queued(PARTNER);
        long second = queued(PARTNER);
        long otherPartner = queued("transferts-lr");

        assertThat(jobs.claim(first, now, staleBefore)).isTrue();
        assertThat(jobs.claim(second, now, staleBefore)).as("the partner has an import running").isFalse();
        assertThat(jobs.claim(otherPartner, now, staleBefore)).as("another partner's import runs beside it").isTrue();

        Instant later = now.plus(ImportRunner.STALE).plusSeconds(1);
        assertThat(jobs.claim(second, later, later.minus(ImportRunner.STALE)))
                .as("the first import's node stopped beating").isTrue();
        assertThat(jobs.claim(first, later, later.minus(ImportRunner.STALE)))
                .as("the stopped import waits while the partner's next one runs").isFalse();
        jdbc.sql("update import_job set status = 'DONE' where id in (?, ?, ?)").params(first, second, otherPartner).update();
    }

    @Test
    void twoNodesClaimingTwoImportsOfOnePartnerAtOnceLeaveOneRunning() throws Exception {
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 5; round++) {
                long one = queued(PARTNER);
                long two = queued(PARTNER);
                Instant now = Instant.now();
                CountDownLatch start = new CountDownLatch(1);
                Future<Boolean> a = nodes.submit(() -> {
                    start.await();
                    return jobs.claim(one, now, now.minus(ImportRunner.STALE));
                });
                Future<Boolean> b = nodes.submit(() -> {
                    start.await();
                    return jobs.claim(two, now, now.minus(ImportRunner.STALE));
                });
                start.countDown();

                assertThat(a.get() ^ b.get()).as("round %d: exactly one of the partner's imports runs", round).isTrue();
                jdbc.sql("update import_job set status = 'DONE' where id in (?, ?)").params(one, two).update();
            }
        }
    }
}
