package eu.cybersudoe.missions.internal;

import java.time.Instant;

/**
 * One line of a mission's history.
 *
 * @param action what happened: a state reached, or {@code HANDED_OVER}, {@code ADVISOR}, {@code REPORT_SAVED}…
 * @param detail the reason or the values given, or null
 */
public record MissionChange(Instant at, Long accountId, String actor, String action, String detail) {
}
