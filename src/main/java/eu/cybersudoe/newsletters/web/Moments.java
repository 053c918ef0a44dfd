package eu.cybersudoe.newsletters.web;

import eu.cybersudoe.shared.Language;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Instants of the delivery as people read them: the date and time to the second, in Paris time with its zone. */
public final class Moments {

    /** The zone the back office's delivery times are given in (named next to each time). */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private Moments() {
    }

    public static String of(Instant instant, Language language) {
        if (instant == null) {
            return "";
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language.locale())
                .withZone(ZONE);
        return format.format(instant) + " " + DateTimeFormatter.ofPattern("zzz", language.locale()).withZone(ZONE).format(instant);
    }
}
