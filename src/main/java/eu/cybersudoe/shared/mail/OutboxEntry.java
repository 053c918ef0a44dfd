package eu.cybersudoe.shared.mail;

import java.time.Instant;

/**
 * A message in the outbox list.
 *
 * @param id       its outbox id, to read it with {@link Outbox#find(String)}
 * @param date     when it was written (its {@code Date} header), or {@code null} when unreadable
 * @param to       its recipients, decoded, as one line
 * @param subject  its subject, decoded
 * @param category its {@code X-CyberSudoe-Category}, or empty
 */
public record OutboxEntry(String id, Instant date, String to, String subject, String category) {
}
