package eu.cybersudoe.newsletters;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An event announced in an issue.
 *
 * @param title its title, in the language
 * @param date  the day it takes place
 * @param place where (a city), or null
 * @param url   the absolute address of its page
 */
public record UpcomingEvent(String title, LocalDate date, String place, String url) {

    public UpcomingEvent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(url, "url");
    }
}
