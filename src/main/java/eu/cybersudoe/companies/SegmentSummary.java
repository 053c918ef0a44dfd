package eu.cybersudoe.companies;

import java.time.Instant;

/**
 * A saved search of the registry, as lists show it.
 *
 * @param id        its identifier
 * @param partnerId the partner it belongs to
 * @param name      the name the partner gave it
 * @param createdAt when it was saved
 */
public record SegmentSummary(long id, String partnerId, String name, Instant createdAt) {
}
