package eu.cybersudoe.committees.internal;

import eu.cybersudoe.shared.Language;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;

/**
 * A meeting as an iCalendar file (RFC 5545, ical4j): its start and end in the meeting's zone
 * (TZID, with the zone's VTIMEZONE), the place or the web-conference link, the page's address.
 */
public final class MeetingCalendarFile {

    public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private MeetingCalendarFile() {
    }

    public static String of(Meeting meeting, Language language, String title, String link) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//CyberSudoe//Committees//" + language.code().toUpperCase()));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        var zone = ZONES.getTimeZone(meeting.zone().getId());
        calendar.add(zone.getVTimeZone());
        ZoneId zoneId = ZoneId.of(zone.getID());
        VEvent event = new VEvent(meeting.startsAt().atZone(zoneId), meeting.endsAt().atZone(zoneId), title);
        event.add(new Uid("committee-meeting-" + meeting.id() + "@cybersudoe.eu"));
        String where = meeting.format() == Meeting.Format.WEB || meeting.place() == null ? meeting.webLink() : meeting.place();
        if (where != null && !where.isBlank()) {
            event.add(new Location(where));
        }
        event.add(new Description(meeting.webLink() == null ? link : meeting.webLink() + "\n\n" + link));
        event.add(new Url(URI.create(link)));
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return out.toString();
    }
}
