package eu.cybersudoe.committees.internal;

import eu.cybersudoe.conferences.ConferenceDirectory;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.ProjectCalendar;
import eu.cybersudoe.shared.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * A meeting's title in a language: the project calendar's title for a planned meeting, the
 * conference's for a committee seminar, the month for a web meeting of the series.
 */
@Component
public class MeetingTitles {

    private final Network network;
    private final ConferenceDirectory conferences;
    private final MessageSource messages;

    MeetingTitles(Network network, ConferenceDirectory conferences, MessageSource messages) {
        this.network = network;
        this.conferences = conferences;
        this.messages = messages;
    }

    public String title(Meeting meeting, Language language) {
        if (meeting.calendarCode() != null) {
            for (ProjectCalendar.PlannedMeeting planned : network.calendar().meetings()) {
                if (planned.code().equals(meeting.calendarCode())) {
                    return planned.title().in(language).text();
                }
            }
        }
        if (meeting.conferenceId() != null) {
            for (ConferenceDirectory.Seminar seminar : conferences.committeeSeminars()) {
                if (seminar.id() == meeting.conferenceId()) {
                    return seminar.title().in(language).text();
                }
            }
        }
        String day = meeting.day().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
        return messages.getMessage(meeting.format() == Meeting.Format.WEB ? "committees.meeting.webTitle"
                : "committees.meeting.physicalTitle", new Object[]{day}, language.locale());
    }

    /** The local start with its zone, as a line in the language. */
    public String when(Meeting meeting, Language language) {
        return meeting.localStart().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.locale())) + " (" + meeting.zone().getId() + ")";
    }
}
