package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.shared.Language;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * iCalendar files (RFC 5545) made with ical4j: one per conference, and feeds calendar programs
 * subscribe to. Each event's start and end carry the venue's zone (TZID) and the file holds the
 * VTIMEZONE of every zone it uses, so that each program shows the times in its own zone.
 */
public final class CalendarFiles {

    public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarFiles() {
    }

    /**
     * A calendar of conferences.
     *
     * @param name   the calendar's name, shown by calendar programs
     * @param link   the public address of a conference's page
     * @param where  the conference's place as one line
     */
    public static String calendar(Collection<Conference> conferences, Language language, String name,
                                  Function<Conference, String> link, Function<Conference, String> where) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//CyberSudoe//Conferences//" + language.code().toUpperCase()));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (Conference conference : conferences) {
            zones.add(conference.details().zone());
        }
        for (ZoneId zone : zones) {
            calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone());
        }
        for (Conference conference : conferences) {
            calendar.add(event(conference, language, link.apply(conference), where.apply(conference)));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return out.toString();
    }

    private static VEvent event(Conference conference, Language language, String link, String where) {
        ConferenceDetails d = conference.details();
        ZoneId zone = ZoneId.of(ZONES.getTimeZone(d.zone().getId()).getID());
        VEvent event = new VEvent(d.startsAt().atZone(zone), d.endsAt().atZone(zone), d.title().in(language).text());
        event.add(new Uid("conference-" + conference.id() + "@cybersudoe.eu"));
        event.add(new Description(d.description().in(language).text() + "\n\n" + link));
        if (where != null && !where.isBlank()) {
            event.add(new Location(where));
        }
        event.add(new Url(URI.create(link)));
        Instant modified = conference.cancelledAt() != null ? conference.cancelledAt()
                : conference.publishedAt() != null ? conference.publishedAt() : conference.createdAt();
        event.add(new LastModified(modified));
        event.add(new Sequence(conference.cancelledAt() != null ? 1 : 0));
        event.add(conference.status() == ConferenceStatus.CANCELLED ? new Status(Status.VALUE_CANCELLED)
                : new Status(Status.VALUE_CONFIRMED));
        return event;
    }
}
