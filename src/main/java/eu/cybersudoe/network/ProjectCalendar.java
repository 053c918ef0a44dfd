package eu.cybersudoe.network;

import eu.cybersudoe.shared.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/**
 * The project's calendar: its span, its reporting semesters and the planned seminars and meetings.
 */
public record ProjectCalendar(LocalDate start, LocalDate end, List<Semester> semesters, List<PlannedMeeting> meetings) {

    /**
     * A planned physical meeting or seminar.
     *
     * @param code  stable code
     * @param title its title
     * @param city  where it takes place
     * @param date  planned day
     * @param kind  what it is
     */
    public record PlannedMeeting(String code, LocalizedText title, String city, LocalDate date, Kind kind) {
        public enum Kind { LAUNCH_SEMINAR, CLOSING_SEMINAR, STEERING_COMMITTEE, TECHNICAL_COMMITTEE, SEMINAR }
    }
}
