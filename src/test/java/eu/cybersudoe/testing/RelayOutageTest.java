package eu.cybersudoe.testing;

import eu.cybersudoe.shared.events.EventPublications;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.awaitility.Awaitility.await;

/**
 * A test of e-mails sent after commit while the SMTP relay is down, then back: the application
 * sends to {@link #RELAY}, which answers only once the test starts it. Test classes run one after
 * the other, each starting the relay when it wants it back.
 */
public abstract class RelayOutageTest {

    protected static final Relay RELAY = new Relay();
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    protected EventPublications publications;

    @DynamicPropertySource
    static void relay(DynamicPropertyRegistry properties) {
        RELAY.register(properties);
    }

    @AfterAll
    static void stopRelay() {
        RELAY.close();
    }

    /** The listener's publication since then, once it has failed. */
    protected EventPublications.Pending failed(String listener, Instant since) {
        return await().atMost(PATIENCE).until(() -> Relay.pending(publications, listener, since)
                .filter(p -> p.status() == EventPublications.Status.FAILED), Optional::isPresent).orElseThrow();
    }

    /** Waits until the relay took a message for the address and the listener owes nothing more since then. */
    protected void delivered(String address, String listener, Instant since) {
        await().atMost(PATIENCE).until(() -> !RELAY.subjectsTo(address).isEmpty());
        await().atMost(PATIENCE).until(() -> Relay.pending(publications, listener, since).isEmpty());
    }
}
