package eu.cybersudoe.network;

import java.time.LocalDate;

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
}
