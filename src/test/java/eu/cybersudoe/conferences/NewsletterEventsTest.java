package eu.cybersudoe.conferences;

import eu.cybersudoe.conferences.internal.ConferenceDetails;
import eu.cybersudoe.conferences.internal.ConferenceOffice;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.newsletters.UpcomingEvent;
import eu.cybersudoe.newsletters.UpcomingEvents;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.testing.DatabaseTest;
import eu.cybersudoe.testing.TestClock;
import eu.cybersudoe.testing.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The upcoming conferences that newsletter issues announce: the recipient's region, then country, then the soonest. */
@DatabaseTest
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "cybersudoe.conferences.scheduler=false")
class NewsletterEventsTest {

    @Autowired
    UpcomingEvents events;
    @Autowired
    ConferenceOffice office;
    @Autowired
    TestClock clock;

    @Test
    void theRecipientsRegionAndCountryComeFirstThenTheSoonestElsewhere() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ConferenceTestData.PARIS).withNano(0);
        String paris = "Atelier " + UUID.randomUUID();
        long porto = office.create("cybermassif", ConferenceTestData.porto(now.plusDays(20).withHour(10), 40));
        long inParis = office.create("cybermassif", inParis(paris, now.plusDays(3).withHour(14)));
        long draft = office.create("cybermassif", inParis(paris + " draft", now.plusDays(2).withHour(9)));
        assertThat(office.publish(porto)).isTrue();
        assertThat(office.publish(inParis)).isTrue();

        List<UpcomingEvent> forPortugal = events.upcomingFor(Language.EN, "PT", null, 200);
        assertThat(indexOf(forPortugal, porto)).isGreaterThanOrEqualTo(0).isLessThan(indexOf(forPortugal, inParis));
        assertThat(forPortugal.get(indexOf(forPortugal, porto)).title()).isEqualTo("Cybersecurity for SMEs");
        assertThat(forPortugal.get(indexOf(forPortugal, porto)).place()).isEqualTo("Porto");
        assertThat(forPortugal.stream().map(UpcomingEvent::title)).doesNotContain(paris + " draft");
        assertThat(indexOf(forPortugal, draft)).isNegative();

        List<UpcomingEvent> forFrance = events.upcomingFor(Language.FR, "FR", null, 200);
        assertThat(indexOf(forFrance, inParis)).isGreaterThanOrEqualTo(0).isLessThan(indexOf(forFrance, porto));
        assertThat(forFrance.get(indexOf(forFrance, inParis)).date()).isEqualTo(now.plusDays(3).toLocalDate());
        assertThat(forFrance.get(indexOf(forFrance, inParis)).url()).endsWith("/fr/conferences/" + inParis);

        List<UpcomingEvent> anywhere = events.upcomingFor(Language.PT, null, null, 200);
        assertThat(indexOf(anywhere, inParis)).isLessThan(indexOf(anywhere, porto));
        assertThat(anywhere.get(indexOf(anywhere, porto)).title()).isEqualTo("Cibersegurança para PME");
        assertThat(events.upcomingFor(Language.FR, "FR", null, 1)).hasSize(1);

        List<UpcomingEvent> inNorthernPortugal = events.upcomingFor(Language.FR, "FR", "PT11", 200);
        assertThat(indexOf(inNorthernPortugal, porto)).as("the recipient's region before their country")
                .isGreaterThanOrEqualTo(0).isLessThan(indexOf(inNorthernPortugal, inParis));
    }

    private static int indexOf(List<UpcomingEvent> events, long conference) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).url().endsWith("/conferences/" + conference)) {
                return i;
            }
        }
        return -1;
    }

    private static ConferenceDetails inParis(String title, LocalDateTime start) {
        ConferenceDetails porto = ConferenceTestData.porto(start, 10);
        return new ConferenceDetails(porto.kind(), new LocalizedText(Map.of(Language.FR, title), Language.FR),
                LocalizedText.of(Language.FR, "Un atelier pratique pour les dirigeants de TPE."), List.of(),
                List.of("security"), List.of(Language.FR), porto.format(), "Salle des fêtes", "1 rue de la Paix", "75002",
                "Paris", Country.FR, "FR10", null, ConferenceTestData.PARIS,
                start.atZone(ConferenceTestData.PARIS).toInstant(), start.plusHours(2).atZone(ConferenceTestData.PARIS).toInstant(),
                10, null, null, null);
    }
}
