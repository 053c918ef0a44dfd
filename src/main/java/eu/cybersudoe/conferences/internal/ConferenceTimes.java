package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.shared.Language;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A conference's times as people read them: in the venue's zone, and in the network's other
 * mainland zone when its clocks differ (a Lisbon conference at 10:00 is at 11:00 in Madrid and
 * Paris). Times are stored as instants with the venue's zone, so every reader gets them right.
 */
public final class ConferenceTimes {

    /** The zones every reader of the network lives in, with the city naming each. */
    private static final Map<ZoneId, String> READER_ZONES = new LinkedHashMap<>();

    static {
        READER_ZONES.put(ZoneId.of("Europe/Lisbon"), "Lisbon");
        READER_ZONES.put(ZoneId.of("Europe/Madrid"), "Madrid");
        READER_ZONES.put(ZoneId.of("Europe/Paris"), "Paris");
    }

    private ConferenceTimes() {
    }

    /** The local date and time of an instant in a zone. */
    public static ZonedDateTime at(Instant instant, ZoneId zone) {
        return instant.atZone(zone);
    }

    /** The day of the conference in the venue's zone, written in full in the language. */
    public static String day(Instant start, ZoneId zone, Language language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language.locale()).format(start.atZone(zone));
    }

    /** A time of day ("10:00") in a zone. */
    public static String time(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(zone));
    }

    /** The start and end as "10:00–12:00" in a zone. */
    public static String span(Instant start, Instant end, ZoneId zone) {
        return time(start, zone) + "–" + time(end, zone);
    }

    /** The date and time in a zone in the language's medium style, for lists and e-mails. */
    public static String dateTime(Instant instant, ZoneId zone, Language language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language.locale())
                .format(instant.atZone(zone));
    }

    /** The date and time to the second in a zone, in the language's medium style: when the order of events matters. */
    public static String exact(Instant instant, ZoneId zone, Language language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM).withLocale(language.locale())
                .format(instant.atZone(zone));
    }

    /** The UTC offset of the zone at that instant ("UTC+1", "UTC+0"). */
    public static String offset(Instant instant, ZoneId zone) {
        int seconds = zone.getRules().getOffset(instant).getTotalSeconds();
        int hours = seconds / 3600;
        int minutes = Math.abs(seconds % 3600) / 60;
        return "UTC" + (seconds < 0 ? "-" : "+") + Math.abs(hours) + (minutes == 0 ? "" : String.format(":%02d", minutes));
    }

    /**
     * The same start and end in the network's other zones whose clocks differ from the venue's
     * at that instant: for a Lisbon conference, Madrid and Paris; for a Paris one, Lisbon.
     */
    public static List<Elsewhere> elsewhere(Instant start, Instant end, ZoneId venue) {
        List<Elsewhere> others = new ArrayList<>();
        var venueOffset = venue.getRules().getOffset(start);
        READER_ZONES.forEach((zone, city) -> {
            if (!zone.getRules().getOffset(start).equals(venueOffset)) {
                others.add(new Elsewhere(zone, city, span(start, end, zone)));
            }
        });
        return others;
    }

    /**
     * Times somewhere else.
     *
     * @param city the city naming the zone (a key of the bundles: {@code conferences.zone.<city>})
     * @param span the times there
     */
    public record Elsewhere(ZoneId zone, String city, String span) {
    }
}
