package eu.cybersudoe.shared.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/** Reads {@code .eml} files of the outbox back with Jakarta Mail. */
final class EmlReader {

    private static final Logger log = LoggerFactory.getLogger(EmlReader.class);

    private final Session session;

    EmlReader(Session session) {
        this.session = session;
    }

    /** The list line of a message, from its headers only; blank fields when the file is unreadable. */
    OutboxEntry entry(String id, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            InternetHeaders headers = new InternetHeaders(in);
            return new OutboxEntry(id, date(headers.getHeader("Date", null)), addresses(headers.getHeader("To", ",")),
                    decode(headers.getHeader("Subject", null)), orEmpty(headers.getHeader(MailComposer.CATEGORY_HEADER, null)));
        } catch (IOException | MessagingException e) {
            log.warn("Cannot read the headers of the outbox message {}: {}", id, e.toString());
            return new OutboxEntry(id, null, "", "", "");
        }
    }

    /** The whole message. */
    OutboxMessage message(String id, InputStream in) throws IOException {
        try {
            MimeMessage message = new MimeMessage(session, in);
            Bodies bodies = new Bodies();
            bodies.collect(message);
            return new OutboxMessage(id, toInstant(message.getSentDate()), addresses(message.getFrom()),
                    addresses(message.getAllRecipients()), addresses(message.getHeader("Reply-To", ",")),
                    orEmpty(message.getSubject()), header(message, MailComposer.CATEGORY_HEADER),
                    header(message, "Content-Language"), orEmpty(message.getMessageID()), headers(message),
                    bodies.text, bodies.html, bodies.attachments);
        } catch (MessagingException e) {
            throw new IOException("Not a readable message: " + id, e);
        }
    }

    private static List<OutboxMessage.Header> headers(MimeMessage message) throws MessagingException {
        List<OutboxMessage.Header> headers = new ArrayList<>();
        for (Header header : Collections.list(message.getAllHeaders())) {
            headers.add(new OutboxMessage.Header(header.getName(), decode(header.getValue())));
        }
        return headers;
    }

    private static String header(MimeMessage message, String name) throws MessagingException {
        return orEmpty(message.getHeader(name, ","));
    }

    private static String decode(String value) {
        if (value == null) {
            return "";
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(value));
        } catch (IOException e) {
            return MimeUtility.unfold(value);
        }
    }

    private static String addresses(String header) {
        if (header == null) {
            return "";
        }
        try {
            return addresses(InternetAddress.parseHeader(header, false));
        } catch (AddressException e) {
            return decode(header);
        }
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        return Arrays.stream(addresses)
                .map(EmlReader::display)
                .collect(Collectors.joining(", "));
    }

    /** An address as people write it: {@code Name <address>}, decoded and unquoted. */
    private static String display(Address address) {
        if (address instanceof InternetAddress internet && internet.getPersonal() != null) {
            return internet.getPersonal() + " <" + internet.getAddress() + ">";
        }
        return address instanceof InternetAddress internet ? internet.getAddress() : address.toString();
    }

    private static Instant date(String header) {
        if (header == null) {
            return null;
        }
        try {
            return toInstant(new MailDateFormat().parse(MimeUtility.unfold(header).strip()));
        } catch (ParseException e) {
            return null;
        }
    }

    private static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The first text and HTML bodies of a message, and the names of its attachments. */
    private static final class Bodies {
        String text = "";
        String html = "";
        final List<String> attachments = new ArrayList<>();

        void collect(Part part) throws MessagingException, IOException {
            String fileName = part.getFileName();
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName != null) {
                attachments.add(fileName == null ? "" : decode(fileName));
            } else if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            } else if (part.isMimeType("text/plain") && text.isEmpty()) {
                text = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/html") && html.isEmpty()) {
                html = String.valueOf(part.getContent());
            }
        }
    }
}
