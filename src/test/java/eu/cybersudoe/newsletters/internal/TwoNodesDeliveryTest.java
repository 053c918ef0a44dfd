package eu.cybersudoe.newsletters.internal;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import eu.cybersudoe.nodes.Node;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.PostgresAvailable;
import eu.cybersudoe.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One launched issue delivered by two nodes on one PostgreSQL database to one SMTP relay. Node B
 * runs its own delivery workers; node A's two workers are stopped abruptly in the middle of a step
 * (each at a copy it was about to hand over), its heartbeat stops and its context is closed. Node B
 * finishes the issue: every recipient got exactly one copy, except the copies listed as uncertain
 * (at most one step per stopped worker), and none is lost. Skipped on H2.
 */
@Tag("database")
@ExtendWith(PostgresAvailable.class)
class TwoNodesDeliveryTest {

    static final int PORT = NewsletterDeliveryTest.freePort();
    static final int RECIPIENTS = 60;
    static final int STEP = 2;

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static Node a;
    static Node b;

    @BeforeAll
    static void startTwoNodes() {
        assumeTrue(TestDatabase.isPostgres(), "Skipped on H2: two nodes need one PostgreSQL database to share");
        // A delivers only through the workers this test runs (so that they can be stopped mid-step)
        a = Node.start(settings(false));
        NewsletterFixture.cancelOthersInFlight(a.bean(JdbcClient.class));
        b = Node.start(settings(true));
    }

    static String[] settings(boolean workers) {
        return new String[] {"--cybersudoe.scheduling.enabled=false", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + PORT,
                "--cybersudoe.newsletters.workers=" + workers, "--cybersudoe.newsletters.connections=2",
                "--cybersudoe.newsletters.rate-per-second=100", "--cybersudoe.newsletters.batch-size=6",
                "--cybersudoe.newsletters.step-size=" + STEP, "--cybersudoe.newsletters.poll-interval=200ms",
                "--cybersudoe.newsletters.node-timeout=3s"};
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aNodeStoppedMidSendLeavesOnlyItsListedUncertainCopiesAndTheOtherSendsEveryOtherOnce() throws Exception {
        JdbcClient jdbc = b.bean(JdbcClient.class);
        NewsletterFixture fixture = new NewsletterFixture(jdbc, b.bean(Issues.class), b.bean(Programme.class));
        for (int i = 0; i < RECIPIENTS; i++) {
            fixture.company("FR", "t" + i, "T" + i, "fr", true);
        }
        DeliveryEngine engineOfA = a.bean(DeliveryEngine.class);
        AtomicInteger handedByA = new AtomicInteger();
        AtomicBoolean aAlive = new AtomicBoolean(true);
        long issueId;
        try (ExecutorService nodeA = Executors.newFixedThreadPool(3)) {
            // A's heartbeat, as its housekeeper would beat, until A stops
            nodeA.submit(() -> {
                while (aAlive.get()) {
                    engineOfA.housekeepOnce();
                    Thread.sleep(300);
                }
                return null;
            });
            List<Future<Void>> workers = new ArrayList<>();
            for (int stopsAt : List.of(4, 5)) {
                Courier courier = NewsletterDeliveryTest.killedAt(stopsAt, counting(handedByA, RelayOutageTest.courier(PORT)));
                workers.add(nodeA.submit(() -> workUntilStopped(engineOfA, courier)));
            }
            issueId = fixture.launched(List.of(Language.FR, Language.EN));
            for (Future<Void> worker : workers) {
                assertThatThrownBy(worker::get).as("A's worker found copies to send before it stopped")
                        .hasCauseInstanceOf(NewsletterDeliveryTest.Killed.class);
            }
            aAlive.set(false);
        }
        a.close();
        a = null;

        awaitSent(jdbc, issueId);

        SendRecords records = b.bean(SendRecords.class);
        long uncertain = records.counts(issueId).get(SendState.UNCERTAIN);
        assertThat(uncertain).as("at most one step per stopped worker").isPositive().isLessThanOrEqualTo(2 * STEP);
        assertThat(records.counts(issueId)).containsEntry(SendState.DELIVERED, RECIPIENTS - uncertain)
                .containsEntry(SendState.PENDING, 0L).containsEntry(SendState.DEFERRED, 0L)
                .containsEntry(SendState.CLAIMED, 0L).containsEntry(SendState.SENDING, 0L);
        List<String> uncertainAddresses = emails(jdbc, issueId, "UNCERTAIN");
        List<String> delivered = emails(jdbc, issueId, "DELIVERED");
        assertThat(b.bean(UncertainCopies.class).awaiting(issueId)).extracting(UncertainCopies.Copy::email)
                .containsExactlyInAnyOrderElementsOf(uncertainAddresses);

        List<String> received = new ArrayList<>();
        for (String address : NewsletterDeliveryTest.recipients(greenMail.getReceivedMessages())) {
            if (address.endsWith("@" + fixture.domain)) {
                received.add(address.toLowerCase());
            }
        }
        assertThat(received).doesNotHaveDuplicates().containsAll(lower(delivered))
                .hasSizeBetween(delivered.size(), delivered.size() + uncertainAddresses.size());
        Set<String> expected = new HashSet<>(lower(delivered));
        expected.addAll(lower(uncertainAddresses));
        assertThat(received).allMatch(expected::contains);
        assertThat(expected).hasSize(RECIPIENTS);
        // both nodes delivered: A handed 3 + 4 copies before it stopped, B the rest
        assertThat(handedByA.get()).isEqualTo(3 + 4);
        assertThat(received.size()).isGreaterThan(handedByA.get());
    }

    static Void workUntilStopped(DeliveryEngine engine, Courier courier) throws InterruptedException {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(giveUp)) {
            if (engine.workOnce(courier) == 0) {
                Thread.sleep(20);
            }
        }
        return null;
    }

    /** A courier that counts the copies it hands over. */
    static Courier counting(AtomicInteger handed, Courier courier) {
        return new Courier() {
            @Override
            public Outcome send(Letter letter) {
                handed.incrementAndGet();
                return courier.send(letter);
            }

            @Override
            public void close() {
                courier.close();
            }
        };
    }

    static void awaitSent(JdbcClient jdbc, long issueId) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(giveUp)) {
            String state = jdbc.sql("select state from newsletter_issue where id = ?").param(issueId).query(String.class).single();
            if (state.equals("SENT")) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The issue was not sent by the remaining node within 60 s");
    }

    static List<String> emails(JdbcClient jdbc, long issueId, String state) {
        return jdbc.sql("select email from newsletter_send where issue_id = ? and state = ?").params(issueId, state)
                .query(String.class).list();
    }

    static List<String> lower(List<String> addresses) {
        return addresses.stream().map(String::toLowerCase).toList();
    }
}
