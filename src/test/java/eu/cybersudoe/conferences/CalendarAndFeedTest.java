package eu.cybersudoe.conferences;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import eu.cybersudoe.conferences.internal.AgendaFeed;
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

/** Calendar files and the Atom feed are read back with the same libraries calendar and feed readers use. */
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

    @Test
    void theAtomFeedParsesBack() throws Exception {
        String atom = AgendaFeed.atom(List.of(porto), Language.PT, "Sessões", "https://example.org/pt/conferences/feed.atom",
                "https://example.org/pt/conferences", c -> "https://example.org/pt/conferences/" + c.id(), c -> "10 de março");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Sessões");
        SyndEntry entry = feed.getEntries().getFirst();
        assertThat(entry.getTitle()).isEqualTo("Cibersegurança para PME");
        assertThat(entry.getLink()).isEqualTo("https://example.org/pt/conferences/7");
        assertThat(entry.getUri()).isEqualTo("tag:cybersudoe.eu,2026:conference-7");
        assertThat(entry.getDescription().getValue()).contains("10 de março").contains("Boas práticas");
    }
}
