package eu.cybersudoe.committees.internal;

import eu.cybersudoe.shared.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A meeting of a committee or working group.
 *
 * @param calendarCode the project calendar's planned meeting it is, or null
 * @param conferenceId the conferences' committee seminar it is, or null
 * @param seriesMonth  the month ({@code 2009-03}) of the web meeting series it belongs to, or null
 * @param approvedInId the later meeting at which its minutes were approved, or null
 */
public record Meeting(long id, long groupId, Format format, Instant startsAt, ZoneId zone, int durationMinutes, String place,
                      String webLink, Language language, String calendarCode, Long conferenceId, String seriesMonth,
                      Instant attendanceRecordedAt, Instant minutesWrittenAt, Instant approvedAt, Long approvedInId,
                      Instant invitationsSentAt) {

    /** In person or over the web. */
    public enum Format { PHYSICAL, WEB }

    /** The local start, in the meeting's zone. */
    public ZonedDateTime localStart() {
        return startsAt.atZone(zone);
    }

    public LocalDate day() {
        return localStart().toLocalDate();
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * durationMinutes);
    }

    /** Whether it has started by that moment (it is then held, or being held). */
    public boolean heldBy(Instant now) {
        return !startsAt.isAfter(now);
    }

    public boolean minutesWritten() {
        return minutesWrittenAt != null;
    }

    public boolean approved() {
        return approvedAt != null;
    }
}
