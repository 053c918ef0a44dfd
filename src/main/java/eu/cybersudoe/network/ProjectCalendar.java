package eu.cybersudoe.network;

import eu.cybersudoe.shared.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/**
 * The project's calendar: its span, its reporting semesters and the planned seminars and meetings.
 */
public record ProjectCalendar(LocalDate start, LocalDate end, List<Semester> semesters, List<PlannedMeeting> meetings) {

    /** The same calendar moved by whole years, semesters and meetings included. */
    public ProjectCalendar shiftedByYears(int years) {
        if (years == 0) {
            return this;
        }
        LocalDate newStart = start.plusYears(years);
        LocalDate newEnd = end.plusYears(years);
        return new ProjectCalendar(newStart, newEnd, Semester.between(newStart, newEnd), meetings.stream()
                .map(m -> new PlannedMeeting(m.code(), m.title(), m.city(), m.date().plusYears(years), m.kind()))
                .toList());
    }

    /** The calendar moved by the fewest whole years that make it end on or after the given day. */
    public ProjectCalendar endingAfter(LocalDate day) {
        int years = Math.max(0, day.getYear() - end.getYear());
        if (end.plusYears(years).isBefore(day)) {
            years++;
        }
        return shiftedByYears(years);
    }

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
