package eu.cybersudoe.portal.web;

import java.util.List;

/**
 * One outbox message, for {@code portal/outbox-message.jte}. The template escapes every value,
 * the HTML body included: it is shown as source text, never as markup of the page.
 *
 * @param id          its outbox id
 * @param date        its date, formatted for the page's language, or empty
 * @param dateIso     the same date in ISO 8601, or empty
 * @param from        its sender
 * @param to          its recipients
 * @param replyTo     its reply address, or empty
 * @param subject     its subject
 * @param category    its category
 * @param language    its language code, or empty
 * @param messageId   its Message-ID
 * @param headers     all its headers, in order
 * @param text        its text body, or empty
 * @param html        its HTML body as source text, or empty
 * @param attachments the names of its attachments
 * @param backHref    the outbox list
 */
public record OutboxMessageView(String id, String date, String dateIso, String from, String to, String replyTo,
                                String subject, String category, String language, String messageId, List<Line> headers,
                                String text, String html, List<String> attachments, String backHref) {

    /**
     * A header.
     *
     * @param name  its name
     * @param value its decoded value
     */
    public record Line(String name, String value) {
    }
}
