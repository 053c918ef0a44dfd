package eu.cybersudoe.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A reporting period of the project.
 *
 * @param number 1 for the first semester of the project
 * @param start  first day
 * @param end    last day (inclusive)
 */
public record Semester(int number, LocalDate start, LocalDate end) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * The semesters of a project running from {@code start} to {@code end} (inclusive):
     * six-month periods from the start, the last one ending on the end date.
     */
    public static List<Semester> between(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("The project ends (" + end + ") before it starts (" + start + ")");
        }
        List<Semester> semesters = new ArrayList<>();
        LocalDate from = start;
        while (!from.isAfter(end)) {
            LocalDate next = start.plusMonths(6L * (semesters.size() + 1));
            LocalDate last = next.minusDays(1).isAfter(end) ? end : next.minusDays(1);
            semesters.add(new Semester(semesters.size() + 1, from, last));
            from = next;
        }
        return List.copyOf(semesters);
    }
}
