package eu.cybersudoe.diagnostics;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
import eu.cybersudoe.diagnostics.internal.RetakeInvitationStore;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.RelayOutageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A retake invitation that falls due is claimed once and sent after the claim commits: with the
 * relay down it is not sent twice nor lost, and goes once the relay is back.
 */
@DatabaseTest
class RetakeMailsRelayTest extends RelayOutageTest {

    @Autowired
    RetakeInvitations invitations;
    @Autowired
    RetakeInvitationStore store;
    @Autowired
    CompanyRegistry registry;

    @Test
    void aDueInvitationIsClaimedWhileTheRelayIsDownAndSentOnceTheRelayIsBack() {
        Instant start = Instant.now().minusSeconds(1);
        CompanyId company = DiagnosticsTestData.company(registry);
        String email = "retake-relay-" + UUID.randomUUID() + "@example.org";
        invitations.schedule(company, email, Language.PT, "security", Instant.now().minusSeconds(60), "relay test");

        assertThat(store.sendDue()).isPositive();

        failed("RetakeInvitationStore.on", start);
        assertThat(store.pending(company)).as("claimed once, even though the relay did not take it").isEmpty();
        assertThat(store.sendDue()).as("not claimed again").isZero();

        RELAY.start();
        publications.resubmitFailed();

        delivered(email, "RetakeInvitationStore.on", start);
        assertThat(RELAY.subjectsTo(email)).singleElement().asString().contains("Segurança do seu sistema de informação");
    }
}
