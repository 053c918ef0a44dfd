package eu.cybersudoe.conferences;

import eu.cybersudoe.conferences.internal.CalendarFiles;
import eu.cybersudoe.conferences.internal.Conference;
import eu.cybersudoe.conferences.internal.ConferenceStatus;
import eu.cybersudoe.shared.Language;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Calendar files are read back with the library calendar readers use. */
class CalendarAndFeedTest {

    private final Conference porto = ConferenceTestData.stored(7,
            ConferenceTestData.porto(LocalDateTime.of(2027, 3, 10, 10, 0), 30), ConferenceStatus.PUBLISHED);

    @Test
    void theCalendarFileCarriesTheVenueZoneAndParsesBack() throws Exception {
        String ics = CalendarFiles.calendar(List.of(porto), Language.EN, "Test", c -> "https://example.org/en/conferences/" + c.id(),
                c -> "Porto");
        assertThat(ics).contains("DTSTART;TZID=Europe/Lisbon:20270310T100000").contains("BEGIN:VTIMEZONE")
                .contains("TZID:Europe/Lisbon");

        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = parsed.<VEvent>getComponents("VEVENT").getFirst();
        DtStart<Temporal> start = event.<Temporal>getStartDate().orElseThrow();
        assertThat(start.getParameter(Parameter.TZID)).map(Parameter::getValue).contains("Europe/Lisbon");
        ZonedDateTime when = (ZonedDateTime) start.getDate();
        assertThat(when.toInstant()).isEqualTo(porto.startsAt());
        assertThat(when.withZoneSameInstant(ConferenceTestData.PARIS).getHour()).isEqualTo(11);
        assertThat(event.getSummary().getValue()).isEqualTo("Cybersecurity for SMEs");
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("conference-7@cybersudoe.eu");
        assertThat(parsed.<VTimeZone>getComponents("VTIMEZONE")).hasSize(1);
    }

    @Test
    void aFeedOfSeveralZonesHoldsEachZoneOnce() throws Exception {
        Conference paris = ConferenceTestData.stored(8, new eu.cybersudoe.conferences.internal.ConferenceDetails(
                porto.kind(), porto.title(), porto.details().description(), List.of(), List.of("security"), List.of(Language.FR),
                porto.details().format(), "Salle", null, null, "Paris", eu.cybersudoe.network.Country.FR, null, null,
                ConferenceTestData.PARIS, porto.startsAt(), porto.endsAt(), 10, null, null, null), ConferenceStatus.CANCELLED);
        String ics = CalendarFiles.calendar(List.of(porto, paris, porto), Language.FR, "Flux", c -> "https://example.org/" + c.id(), c -> "");
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        assertThat(parsed.<VTimeZone>getComponents("VTIMEZONE")).hasSize(2);
        assertThat(parsed.<VEvent>getComponents("VEVENT")).hasSize(3);
        assertThat(ics).contains("STATUS:CANCELLED").contains("DTSTART;TZID=Europe/Paris:20270310T110000");
    }
}
