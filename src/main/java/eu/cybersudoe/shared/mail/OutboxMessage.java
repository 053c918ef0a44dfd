package eu.cybersudoe.shared.mail;

import java.time.Instant;
import java.util.List;

/**
 * A message read back from the outbox. Its HTML body is given as text, for display as source
 * or in a sandbox; it is never safe to insert into a page as markup.
 *
 * @param id          its outbox id
 * @param date        its {@code Date} header, or {@code null}
 * @param from        its sender, decoded
 * @param to          its recipients, decoded
 * @param replyTo     its {@code Reply-To}, decoded, or empty
 * @param subject     its subject, decoded
 * @param category    its {@code X-CyberSudoe-Category}, or empty
 * @param language    its {@code Content-Language}, or empty
 * @param messageId   its {@code Message-ID}
 * @param headers     every header, in order, with encoded words decoded
 * @param text        the plain-text body, or empty
 * @param html        the HTML body as source text, or empty
 * @param attachments the file names of its attachments
 */
public record OutboxMessage(String id, Instant date, String from, String to, String replyTo, String subject,
                            String category, String language, String messageId, List<Header> headers,
                            String text, String html, List<String> attachments) {

    public OutboxMessage {
        headers = List.copyOf(headers);
        attachments = List.copyOf(attachments);
    }

    /** Whether the message has an HTML body. */
    public boolean hasHtml() {
        return !html.isEmpty();
    }

    /**
     * A header line.
     *
     * @param name  its name
     * @param value its value, unfolded and decoded
     */
    public record Header(String name, String value) {
    }
}
