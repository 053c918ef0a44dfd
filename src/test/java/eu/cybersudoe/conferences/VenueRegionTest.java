package eu.cybersudoe.conferences;

import eu.cybersudoe.conferences.internal.ConferenceDetails;
import eu.cybersudoe.conferences.internal.ConferenceFormat;
import eu.cybersudoe.conferences.internal.ConferenceOffice;
import eu.cybersudoe.conferences.internal.ConferenceStore;
import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A conference's region is the one of its venue's postcode; only an event without a place keeps the region chosen. */
@DatabaseTest
@TestPropertySource(properties = "cybersudoe.conferences.scheduler=false")
class VenueRegionTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    ConferenceOffice office;
    @Autowired
    ConferenceStore conferences;

    @Test
    void aConferenceInClermontFerrandIsInAuvergneWhateverRegionWasChosen() {
        long id = office.create("cybermassif", conference(ConferenceFormat.IN_PERSON, "63000", "Clermont-Ferrand", "FRI2"));
        assertThat(region(id)).isEqualTo("FRK1");

        office.update(id, conference(ConferenceFormat.HYBRID, "87000", "Limoges", "FRK1"));
        assertThat(region(id)).as("moved to Limoges").isEqualTo("FRI2");
    }

    @Test
    void anOnlineEventOrAnUnplacedPostcodeKeepsTheRegionChosen() {
        assertThat(region(office.create("cybermassif", conference(ConferenceFormat.ONLINE, null, null, "FRI2")))).isEqualTo("FRI2");
        assertThat(region(office.create("cybermassif", conference(ConferenceFormat.IN_PERSON, "XYZ", "Nulle part", "FRK1"))))
                .isEqualTo("FRK1");
    }

    private String region(long id) {
        return conferences.find(id).orElseThrow().details().nuts2();
    }

    private static ConferenceDetails conference(ConferenceFormat format, String postcode, String city, String chosenRegion) {
        var start = LocalDate.now(PARIS).plusDays(30).atTime(9, 0).atZone(PARIS).toInstant();
        boolean venue = format.hasVenue();
        return new ConferenceDetails(ConferenceKind.AWARENESS_CONFERENCE, LocalizedText.of(Language.FR, "Cybersécurité des TPE"),
                LocalizedText.of(Language.FR, "Une matinée."), List.of(), List.of("security"), List.of(Language.FR), format,
                venue ? "Salle Jaude" : null, venue ? "1 place de Jaude" : null, postcode, city, Country.FR, chosenRegion,
                format.hasLink() ? "https://visio.example.org/tpe" : null, PARIS, start, start.plusSeconds(7200), 50, null, null, null);
    }
}
