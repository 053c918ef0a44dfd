package eu.cybersudoe.conferences;

import eu.cybersudoe.conferences.internal.ConferenceOffice;
import eu.cybersudoe.conferences.internal.RegistrationOutcome;
import eu.cybersudoe.conferences.internal.RegistrationStatus;
import eu.cybersudoe.conferences.internal.RegistrationStore;
import eu.cybersudoe.conferences.internal.Registrations;
import eu.cybersudoe.conferences.internal.Registrant;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.events.EventPublications;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.RelayOutageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Clock;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registration's confirmation goes after the registration commits: with the relay down the
 * seat stays taken and the message waits as a failed publication, sent once the relay is back.
 */
@DatabaseTest
@TestPropertySource(properties = "cybersudoe.conferences.scheduler=false")
class RegistrationMailsRelayTest extends RelayOutageTest {

    @Autowired
    ConferenceOffice office;
    @Autowired
    Registrations registrations;
    @Autowired
    RegistrationStore stored;
    @Autowired
    Clock clock;

    @Test
    void aRegistrationStaysWhileTheRelayIsDownAndItsConfirmationGoesOnceTheRelayIsBack() {
        Instant start = Instant.now().minusSeconds(1);
        long id = ConferenceTestData.published(office, clock, "cybermassif", 20);
        Registrant registrant = ConferenceTestData.registrant("Relay", Language.PT);
        String email = registrant.person().email();

        assertThat(registrations.register(id, registrant)).isInstanceOf(RegistrationOutcome.Confirmed.class);

        EventPublications.Pending owed = failed("RegistrationMails.on", start);
        assertThat(stored.of(id)).as("the relay outage does not undo the registration")
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED));

        RELAY.start();
        publications.resubmit(owed.id());

        delivered(email, "RegistrationMails.on", start);
        publications.resubmitFailed();
        assertThat(RELAY.subjectsTo(email)).singleElement().asString().startsWith("Inscrição confirmada");
    }
}
