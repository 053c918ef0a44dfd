package eu.cybersudoe.committees.internal;

import eu.cybersudoe.committees.GroupKind;
import eu.cybersudoe.network.ProjectCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The web meetings the proposal's rules give each committee across the project's span: the
 * technical committee every month except August and December (the first Tuesday, 10:00), the
 * steering committee every quarter (the second Thursday of March, June, September and December,
 * 10:00), in the lead partner's time zone. Days outside the project's span are left out.
 */
final class MeetingSeries {

    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final Set<Month> NO_TECHNICAL = Set.of(Month.AUGUST, Month.DECEMBER);
    private static final Set<Month> STEERING_MONTHS = Set.of(Month.MARCH, Month.JUNE, Month.SEPTEMBER, Month.DECEMBER);

    /**
     * A web meeting of a series.
     *
     * @param month the month it belongs to, its key in the series
     */
    record Planned(YearMonth month, LocalDateTime start, ZoneId zone, int durationMinutes) {
    }

    private MeetingSeries() {
    }

    static List<Planned> webMeetings(GroupKind kind, ProjectCalendar calendar) {
        List<Planned> planned = new ArrayList<>();
        if (kind == GroupKind.WORKING_GROUP) {
            return planned;
        }
        for (YearMonth month = YearMonth.from(calendar.start()); !month.isAfter(YearMonth.from(calendar.end()));
             month = month.plusMonths(1)) {
            LocalDate day = switch (kind) {
                case TECHNICAL -> NO_TECHNICAL.contains(month.getMonth()) ? null
                        : month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
                case STEERING -> STEERING_MONTHS.contains(month.getMonth())
                        ? month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.THURSDAY)) : null;
                case WORKING_GROUP -> null;
            };
            if (day != null && !day.isBefore(calendar.start()) && !day.isAfter(calendar.end())) {
                planned.add(new Planned(month, day.atTime(LocalTime.of(10, 0)), ZONE, kind == GroupKind.STEERING ? 120 : 90));
            }
        }
        return planned;
    }
}
