package eu.cybersudoe.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A semester's edition: the values of every indicator frozen per partner and for the network as
 * of the semester's last day (MON-1). An edition never changes; a correction is a new revision
 * of the same semester, numbered from 1, with its reason, and every revision stays readable.
 *
 * @param id           its id
 * @param semester     the semester's number
 * @param revision     1 for the closing, 2 and more for each correction
 * @param asOf         the last day counted: the semester's last day
 * @param reason       why a revision was made, null for the first one
 * @param closedBy     the account of the person who closed or revised it
 * @param closedByName that person's name when they did
 * @param closedAt     when
 */
public record Edition(long id, int semester, int revision, LocalDate asOf, String reason, long closedBy,
                      String closedByName, Instant closedAt) {

    public Edition {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(closedByName, "closedByName");
        Objects.requireNonNull(closedAt, "closedAt");
        if (revision < 1 || (revision > 1 && (reason == null || reason.isBlank()))) {
            throw new IllegalArgumentException("A revision after the first has a reason");
        }
    }

    /** Whether this edition corrects an earlier one. */
    public boolean correction() {
        return revision > 1;
    }
}
