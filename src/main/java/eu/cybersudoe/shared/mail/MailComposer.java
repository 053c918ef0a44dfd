package eu.cybersudoe.shared.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;

/**
 * Builds the MIME message for an {@link OutgoingMail}, the same for the outbox and for SMTP:
 * UTF-8 headers and bodies, text and HTML as {@code multipart/alternative}, attachments in a
 * {@code multipart/mixed} around them, a {@code Date}, a {@code Message-ID} in the sender's
 * domain, the language and the category.
 */
final class MailComposer {

    static final String CATEGORY_HEADER = OutgoingMail.CATEGORY_HEADER;

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final InternetAddress from;
    private final String domain;
    private final Clock clock;

    MailComposer(MailSettings settings, Clock clock) {
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("cybersudoe.mail.from is not an address: " + settings.from(), e);
        }
        String address = from.getAddress();
        this.domain = address.substring(address.indexOf('@') + 1);
        this.clock = clock;
    }

    /** The sender of every message. */
    InternetAddress from() {
        return from;
    }

    /** The message, with its headers computed, ready to be written or sent. */
    MimeMessage compose(Session session, OutgoingMail mail) throws MessagingException {
        MimeMessage message = new IdentifiedMessage(session, "<" + UUID.randomUUID() + "@" + domain + ">");
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, address(mail.to(), mail.toName()));
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        if (mail.replyTo() != null) {
            message.setReplyTo(new InternetAddress[] {address(mail.replyTo(), null)});
        }
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Content-Language", mail.language().code());
        message.setHeader(CATEGORY_HEADER, mail.category());
        message.setHeader("Auto-Submitted", "auto-generated");
        setBody(message, mail);
        message.saveChanges();
        return message;
    }

    private static void setBody(MimeMessage message, OutgoingMail mail) throws MessagingException {
        if (mail.attachments().isEmpty()) {
            if (mail.html() == null) {
                message.setText(mail.text(), UTF_8, "plain");
            } else {
                message.setContent(alternative(mail));
            }
            return;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        if (mail.html() == null) {
            body.setText(mail.text(), UTF_8, "plain");
        } else {
            body.setContent(alternative(mail));
        }
        mixed.addBodyPart(body);
        for (OutgoingMail.Attachment attachment : mail.attachments()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            part.setFileName(attachment.fileName());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        message.setContent(mixed);
    }

    private static MimeMultipart alternative(OutgoingMail mail) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), UTF_8, "plain");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), UTF_8, "html");
        alternative.addBodyPart(html);
        return alternative;
    }

    private static InternetAddress address(String address, String name) throws MessagingException {
        try {
            InternetAddress parsed = new InternetAddress(address.strip(), true);
            if (name != null) {
                parsed.setPersonal(name, UTF_8);
            }
            return parsed;
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("Every Java runtime has UTF-8", e);
        }
    }

    /** A message whose Message-ID is chosen here rather than derived from the host name. */
    private static final class IdentifiedMessage extends MimeMessage {

        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
