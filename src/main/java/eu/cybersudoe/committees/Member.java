package eu.cybersudoe.committees;

import java.time.LocalDate;

/**
 * A person's membership of a group, as it was on a day.
 *
 * @param partnerId the partner the person represents, or null (an observer from outside)
 * @param until     the last day of the membership, or null while it lasts
 */
public record Member(long accountId, String displayName, String partnerId, CommitteeRole role, LocalDate from, LocalDate until) {
}
