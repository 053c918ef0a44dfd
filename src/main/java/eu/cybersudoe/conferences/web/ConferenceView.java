package eu.cybersudoe.conferences.web;

import eu.cybersudoe.conferences.internal.Conference;
import eu.cybersudoe.conferences.internal.ConferenceTimes;
import eu.cybersudoe.shared.LocalizedText;

import java.util.List;

/**
 * A conference as pages show it, in the reader's language.
 *
 * @param title       the title, possibly in another language (then marked)
 * @param day         the day in the venue's zone, in full
 * @param span        the start and end times in the venue's zone
 * @param zoneKey     the bundle key naming the venue's zone
 * @param offset      the venue zone's UTC offset on that day
 * @param elsewhere   the same times in the network's zones whose clocks differ
 * @param where       the venue as one line, or the online format
 * @param organisers  the organising partner's name followed by the co-organisers'
 * @param themes      the themes' names
 * @param regionName  the NUTS 2 region's name, or null
 */
public record ConferenceView(Conference conference, LocalizedText.Shown title, LocalizedText.Shown description, String day,
                             String span, String zoneKey, String offset, List<ConferenceTimes.Elsewhere> elsewhere,
                             String where, List<String> organisers, List<String> themes, String regionName, boolean past,
                             boolean registrationOpen) {

    public long id() {
        return conference.id();
    }
}
