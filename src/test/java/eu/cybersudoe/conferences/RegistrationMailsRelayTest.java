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
import eu.cybersudoe.testing.Relay;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A registration's confirmation goes after the registration commits: with the relay down the
 * seat stays taken and the message waits as a failed publication, sent once the relay is back.
 */
@DatabaseTest
@TestPropertySource(properties = "cybersudoe.conferences.scheduler=false")
class RegistrationMailsRelayTest {

    static final Relay RELAY = new Relay();

    @DynamicPropertySource
    static void relay(DynamicPropertyRegistry properties) {
        RELAY.register(properties);
    }

    @AfterAll
    static void stopRelay() {
        RELAY.close();
    }

    @Autowired
    ConferenceOffice office;
    @Autowired
    Registrations registrations;
    @Autowired
    RegistrationStore stored;
    @Autowired
    EventPublications publications;
    @Autowired
    Clock clock;

    @Test
    void aRegistrationStaysWhileTheRelayIsDownAndItsConfirmationGoesOnceTheRelayIsBack() {
        Instant start = Instant.now().minusSeconds(1);
        LocalDateTime inTenDays = LocalDateTime.ofInstant(clock.instant(), ConferenceTestData.LISBON).plusDays(10)
                .withHour(10).withMinute(0).withSecond(0).withNano(0);
        long id = office.create("cybermassif", ConferenceTestData.porto(inTenDays, 20));
        assertThat(office.publish(id)).isTrue();
        Registrant registrant = ConferenceTestData.registrant("Relay", Language.PT);
        String email = registrant.person().email();

        assertThat(registrations.register(id, registrant)).isInstanceOf(RegistrationOutcome.Confirmed.class);

        EventPublications.Pending owed = await().atMost(Duration.ofSeconds(20))
                .until(() -> Relay.pending(publications, "RegistrationMails.on", start)
                        .filter(p -> p.status() == EventPublications.Status.FAILED), Optional::isPresent).orElseThrow();
        assertThat(stored.of(id)).as("the relay outage does not undo the registration")
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED));

        RELAY.start();
        publications.resubmit(owed.id());

        await().atMost(Duration.ofSeconds(20)).until(() -> !RELAY.subjectsTo(email).isEmpty());
        await().atMost(Duration.ofSeconds(20)).until(() -> Relay.pending(publications, "RegistrationMails.on", start).isEmpty());
        publications.resubmitFailed();
        assertThat(RELAY.subjectsTo(email)).singleElement().asString().startsWith("Inscrição confirmada");
    }
}
