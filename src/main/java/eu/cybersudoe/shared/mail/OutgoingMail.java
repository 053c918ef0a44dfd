package eu.cybersudoe.shared.mail;

import eu.cybersudoe.shared.Language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One e-mail to one recipient, in one language.
 *
 * @param to          the recipient's address
 * @param toName      the recipient's name, or {@code null}
 * @param subject     the subject line (line breaks and other control characters become spaces)
 * @param text        the plain-text body, always present (read by text-only clients and screen readers)
 * @param html        the HTML body, or {@code null} for a text-only message
 * @param language    the language the message is written in (its {@code Content-Language})
 * @param attachments files sent with it, possibly none
 * @param replyTo     the address replies should go to, or {@code null} for the sender
 * @param category    what the message is, such as {@code "account.confirmation"} (lower-case letters,
 *                    digits, dots, hyphens and underscores), kept in the {@value #CATEGORY_HEADER}
 *                    header so that the outbox and later bounce handling can tell messages apart
 * @param headers     list headers such as {@code List-Unsubscribe} (names starting with {@code List-}), possibly none
 */
public record OutgoingMail(String to, String toName, String subject, String text, String html, Language language,
                           List<Attachment> attachments, String replyTo, String category, Map<String, String> headers) {

    /** The message header that carries the {@code category}. */
    public static final String CATEGORY_HEADER = "X-CyberSudoe-Category";

    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    private static final Pattern LIST_HEADER = Pattern.compile("List-[A-Za-z][A-Za-z-]{0,40}");

    public OutgoingMail {
        requireText(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if (category == null || !CATEGORY.matcher(category).matches()) {
            throw new IllegalArgumentException("Not a mail category: " + category);
        }
        subject = oneLine(subject);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        toName = blankToNull(toName == null ? null : oneLine(toName));
        html = blankToNull(html);
        replyTo = blankToNull(replyTo);
        Map<String, String> lines = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (!LIST_HEADER.matcher(name).matches()) {
                    throw new IllegalArgumentException("Not a list header: " + name);
                }
                lines.put(name, oneLine(value));
            });
        }
        headers = Collections.unmodifiableMap(lines);
    }

    /** A plain-text message; add the rest with the {@code with…} methods. */
    public static OutgoingMail of(String to, String subject, String text, Language language, String category) {
        return new OutgoingMail(to, null, subject, text, null, language, List.of(), null, category, Map.of());
    }

    /** This message addressed to a named recipient. */
    public OutgoingMail withToName(String name) {
        return new OutgoingMail(to, name, subject, text, html, language, attachments, replyTo, category, headers);
    }

    /** This message with an HTML body beside its text. */
    public OutgoingMail withHtml(String htmlBody) {
        return new OutgoingMail(to, toName, subject, text, htmlBody, language, attachments, replyTo, category, headers);
    }

    /** This message with replies going to another address. */
    public OutgoingMail withReplyTo(String address) {
        return new OutgoingMail(to, toName, subject, text, html, language, attachments, address, category, headers);
    }

    /** This message with one more attachment. */
    public OutgoingMail withAttachment(Attachment attachment) {
        List<Attachment> more = new ArrayList<>(attachments);
        more.add(Objects.requireNonNull(attachment, "attachment"));
        return new OutgoingMail(to, toName, subject, text, html, language, more, replyTo, category, headers);
    }

    /** This message with a list header, such as {@code List-Unsubscribe}. */
    public OutgoingMail withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, Objects.requireNonNull(value, "value"));
        return new OutgoingMail(to, toName, subject, text, html, language, attachments, replyTo, category, more);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    /** The text on one line, so that it cannot end a header and start another. */
    private static String oneLine(String value) {
        return value.replaceAll("\\p{Cntrl}+", " ").strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * A file sent with a message.
     *
     * @param fileName    the name the recipient sees
     * @param contentType its media type, such as {@code application/pdf}
     * @param content     its bytes (copied)
     */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public Attachment {
            requireText(fileName, "fileName");
            requireText(contentType, "contentType");
            content = Objects.requireNonNull(content, "content").clone();
        }

        /** A copy of the bytes. */
        @Override
        public byte[] content() {
            return content.clone();
        }

        /** The size in bytes. */
        public int size() {
            return content.length;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Attachment that && fileName.equals(that.fileName)
                    && contentType.equals(that.contentType) && Arrays.equals(content, that.content);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fileName, contentType, Arrays.hashCode(content));
        }

        @Override
        public String toString() {
            return "Attachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
        }
    }
}
