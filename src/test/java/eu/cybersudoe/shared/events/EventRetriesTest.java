package eu.cybersudoe.shared.events;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.diagnostics.DiagnosticsTestData;
import eu.cybersudoe.diagnostics.RetakeInvitations;
import eu.cybersudoe.diagnostics.internal.RetakeInvitationStore;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.RelayOutageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.FailedEventPublications;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The automatic round resubmits failed publications without anyone pressing a button: a message
 * the relay refused goes when the relay is back. (The relay tests turn the scheduled rounds off;
 * this one runs a round itself.)
 */
@DatabaseTest
class EventRetriesTest extends RelayOutageTest {

    @Autowired
    FailedEventPublications failedPublications;
    @Autowired
    RetakeInvitations invitations;
    @Autowired
    RetakeInvitationStore store;
    @Autowired
    CompanyRegistry registry;
    @Autowired
    eu.cybersudoe.shared.JobLeases leases;

    @Test
    void aFailedPublicationIsResubmittedByTheRound() throws InterruptedException {
        Instant start = Instant.now().minusSeconds(1);
        CompanyId company = DiagnosticsTestData.company(registry);
        String email = "retry-" + UUID.randomUUID() + "@example.org";
        invitations.schedule(company, email, Language.FR, "security", Instant.now().minusSeconds(60), "retry test");
        assertThat(store.sendDue()).isPositive();
        failed("RetakeInvitationStore.on", start);
        RELAY.start();
        Thread.sleep(2_000);
        assertThat(RELAY.subjectsTo(email)).as("nothing sends it again before the round").isEmpty();

        new EventRetries(failedPublications, Duration.ZERO, leases).retry();
        delivered(email, "RetakeInvitationStore.on", start);
        assertThat(RELAY.subjectsTo(email)).hasSize(1);
    }
}
