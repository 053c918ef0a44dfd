package eu.cybersudoe.portal.web;

/**
 * One message in the outbox list.
 *
 * @param id       its outbox id
 * @param date     its date, formatted for the page's language, or empty
 * @param dateIso  the same date in ISO 8601, for the {@code datetime} attribute, or empty
 * @param to       its recipients
 * @param subject  its subject
 * @param category its category, such as {@code account.confirmation}
 * @param href     the page that shows it
 */
public record OutboxRow(String id, String date, String dateIso, String to, String subject, String category, String href) {
}
