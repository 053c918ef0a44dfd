package eu.cybersudoe.toolbox.training.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A new session, as typed: local date-times where it is held and that place's time zone.
 */
public record SessionForm(List<Long> modules, String starts, String ends, String zone, String trainer, String place,
                          String onlineUrl, String capacity) {

    /** The time zones of the network's countries a session may be held in. */
    public static final List<String> ZONES = List.of("Europe/Paris", "Europe/Madrid", "Atlantic/Canary", "Europe/Lisbon",
            "Atlantic/Azores", "Atlantic/Madeira");

    public static final SessionForm EMPTY = new SessionForm(List.of(), "", "", "Europe/Paris", "", "", "", "12");

    public SessionForm {
        modules = modules == null ? List.of() : List.copyOf(modules);
    }

    Optional<LocalDateTime> start() {
        return dateTime(starts);
    }

    Optional<LocalDateTime> end() {
        return dateTime(ends);
    }

    ZoneId zoneId() {
        return ZONES.contains(zone) ? ZoneId.of(zone) : ZoneId.of(ZONES.getFirst());
    }

    long trainerId() {
        return number(trainer);
    }

    int capacityValue() {
        return (int) Math.min(Integer.MAX_VALUE, number(capacity));
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Optional<LocalDateTime> dateTime(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text == null ? "" : text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
