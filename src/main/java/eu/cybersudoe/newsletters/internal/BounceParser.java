package eu.cybersudoe.newsletters.internal;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a message of the bounce mailbox says (RFC 3464 delivery status notifications,
 * RFC 5965 feedback reports, auto-replies after RFC 3834) without knowing the platform's
 * records: {@link BounceProcessor} then finds the copy it is about.
 *
 * <p>A delivery status notification is classified by its first recipient whose action is
 * {@code failed} (else its first recipient): failed with a 5.x.x status is a hard bounce, except
 * a full mailbox (5.2.2, often temporary whatever the code says) and a refusal for policy reasons
 * (5.7.x: the receiving server refused the message or its sender, not the mailbox), which are soft
 * bounces like every 4.x.x status and every delay. A feedback report of type {@code abuse} is a
 * complaint. A plain-text bounce from a mail server that sends no report is classified by the
 * first enhanced status code of its text.
 */
final class BounceParser {

    private static final Pattern STATUS = Pattern.compile("\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b");
    /** The headers that may carry the address the message was delivered to, most reliable first. */
    private static final String[] RECIPIENT_HEADERS = {"Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To", "To", "Cc"};
    private static final Pattern AUTO_REPLY_SUBJECT = Pattern.compile("^\\s*(out of (the )?office|automatic reply|auto[- ]?reply|"
            + "autoreply|absence|abwesenheit|réponse automatique|respuesta automática|resposta automática|fuera de la oficina|"
            + "ausente|absent|congés|vacances|vacaciones|férias)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MAIL_SERVER = Pattern.compile("mailer-daemon|postmaster|mail delivery (subsystem|system)",
            Pattern.CASE_INSENSITIVE);

    /**
     * What a message says.
     *
     * @param kind              its kind
     * @param status            the enhanced status code, or null
     * @param diagnostic        the remote server's words, the feedback type, or what the message was
     * @param recipient         the address it concerns according to the report, or null
     * @param originalMessageId the Message-ID of the copy it quotes, or null
     * @param addressedTo       the addresses it was sent to, and the return path of the copy it quotes (VERP or
     *                          unsubscribe addresses among them)
     */
    record Reading(BounceKind kind, String status, String diagnostic, String recipient, String originalMessageId,
                   List<String> addressedTo) {
    }

    private BounceParser() {
    }

    static Reading read(MimeMessage message) throws MessagingException, IOException {
        List<String> addressedTo = addressedTo(message);
        if (message.isMimeType("multipart/report") && message.getContent() instanceof Multipart report) {
            String type = new ContentType(message.getContentType()).getParameter("report-type");
            if ("feedback-report".equalsIgnoreCase(type)) {
                return feedback(report, addressedTo);
            }
            Reading delivery = deliveryStatus(report, addressedTo);
            if (delivery != null) {
                return delivery;
            }
        }
        if (autoReply(message)) {
            return new Reading(BounceKind.IGNORED, null, "auto-reply", null, null, addressedTo);
        }
        if (fromMailServer(message)) {
            Reading text = plainTextBounce(message, addressedTo);
            if (text != null) {
                return text;
            }
        }
        return new Reading(BounceKind.UNRECOGNISED, null, describe(message), null, null, addressedTo);
    }

    private static Reading deliveryStatus(Multipart report, List<String> addressedTo) throws MessagingException, IOException {
        Part status = part(report, "message/delivery-status", "message/global-delivery-status");
        if (status == null) {
            return null;
        }
        List<InternetHeaders> groups = headerGroups(status);
        InternetHeaders chosen = null;
        for (InternetHeaders group : groups.subList(Math.min(1, groups.size()), groups.size())) {
            if (chosen == null) {
                chosen = group;
            }
            if ("failed".equalsIgnoreCase(first(group, "Action"))) {
                chosen = group;
                break;
            }
        }
        if (chosen == null) {
            return null;
        }
        String action = first(chosen, "Action");
        String code = statusCode(first(chosen, "Status"));
        String diagnostic = typed(first(chosen, "Diagnostic-Code"));
        String recipient = typed(first(chosen, "Original-Recipient"));
        if (recipient == null) {
            recipient = typed(first(chosen, "Final-Recipient"));
        }
        InternetHeaders original = originalHeaders(report);
        List<String> addresses = new ArrayList<>(addressedTo);
        if (original != null) {
            addAddresses(addresses, first(original, "Return-Path"));
        }
        return new Reading(classify(action, code), code, diagnostic == null ? action : diagnostic, recipient,
                original == null ? null : first(original, "Message-ID"), addresses);
    }

    /** The kind of a recipient's notification, from its action and status code. */
    static BounceKind classify(String action, String code) {
        String verb = action == null ? "" : action.strip().toLowerCase(Locale.ROOT);
        if (verb.equals("delivered") || verb.equals("relayed") || verb.equals("expanded")) {
            return BounceKind.IGNORED;
        }
        if (verb.equals("delayed")) {
            return BounceKind.SOFT;
        }
        if (code == null) {
            return verb.equals("failed") ? BounceKind.HARD : BounceKind.UNRECOGNISED;
        }
        if (code.startsWith("4")) {
            return BounceKind.SOFT;
        }
        if (code.startsWith("5")) {
            return code.equals("5.2.2") || code.startsWith("5.7.") ? BounceKind.SOFT : BounceKind.HARD;
        }
        return BounceKind.UNRECOGNISED;
    }

    private static Reading feedback(Multipart report, List<String> addressedTo) throws MessagingException, IOException {
        Part part = part(report, "message/feedback-report");
        if (part == null) {
            return new Reading(BounceKind.UNRECOGNISED, null, "feedback report without its report part", null, null, addressedTo);
        }
        InternetHeaders fields = headerGroups(part).stream().findFirst().orElseGet(InternetHeaders::new);
        String type = first(fields, "Feedback-Type");
        String recipient = first(fields, "Original-Rcpt-To");
        InternetHeaders original = originalHeaders(report);
        List<String> addresses = new ArrayList<>(addressedTo);
        if (original != null) {
            if (recipient == null) {
                recipient = first(original, "To");
            }
            addAddresses(addresses, first(original, "Return-Path"));
        }
        BounceKind kind = "abuse".equalsIgnoreCase(type == null ? null : type.strip()) ? BounceKind.COMPLAINT
                : BounceKind.UNRECOGNISED;
        return new Reading(kind, null, "feedback-type: " + (type == null ? "" : type.strip()), bare(recipient),
                original == null ? null : first(original, "Message-ID"), addresses);
    }

    private static Reading plainTextBounce(MimeMessage message, List<String> addressedTo) throws MessagingException, IOException {
        String text = text(message);
        if (text == null) {
            return null;
        }
        Matcher code = STATUS.matcher(text);
        if (!code.find() || code.group(1).equals("2")) {
            return null;
        }
        String status = code.group();
        int start = text.lastIndexOf('\n', code.start()) + 1;
        int end = text.indexOf('\n', code.end());
        String line = text.substring(start, end < 0 ? text.length() : end).strip();
        Matcher messageId = Pattern.compile("(?im)^Message-ID:\\s*(<[^>]+>)").matcher(text);
        return new Reading(classify("failed", status), status, line, null, messageId.find() ? messageId.group(1) : null,
                addressedTo);
    }

    private static boolean autoReply(MimeMessage message) throws MessagingException {
        String submitted = message.getHeader("Auto-Submitted", null);
        if (submitted != null && !submitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return !fromMailServer(message);
        }
        String precedence = message.getHeader("Precedence", null);
        if (precedence != null && precedence.strip().equalsIgnoreCase("auto_reply")) {
            return true;
        }
        if (message.getHeader("X-Autoreply") != null || message.getHeader("X-Autorespond") != null) {
            return true;
        }
        String subject = message.getSubject();
        return subject != null && AUTO_REPLY_SUBJECT.matcher(subject).find();
    }

    private static boolean fromMailServer(MimeMessage message) throws MessagingException {
        String from = message.getHeader("From", null);
        return from != null && MAIL_SERVER.matcher(from).find();
    }

    /** The headers of the copy the report quotes (whole, or its headers only), or null. */
    private static InternetHeaders originalHeaders(Multipart report) throws MessagingException, IOException {
        Part original = part(report, "message/rfc822", "text/rfc822-headers", "message/rfc822-headers",
                "message/global", "message/global-headers");
        if (original == null) {
            return null;
        }
        try (InputStream in = original.getInputStream()) {
            return new InternetHeaders(in);
        }
    }

    /** The groups of fields of a report part (RFC 3464: the message's, then one per recipient), separated by blank lines. */
    private static List<InternetHeaders> headerGroups(Part part) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readAllBytes();
        }
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
        List<InternetHeaders> groups = new ArrayList<>();
        for (String block : text.split("\n\\s*\n")) {
            if (!block.isBlank()) {
                groups.add(new InternetHeaders(new ByteArrayInputStream((block.strip() + "\n\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            }
        }
        return groups;
    }

    private static Part part(Multipart multipart, String... types) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            for (String type : types) {
                if (part.isMimeType(type)) {
                    return part;
                }
            }
        }
        return null;
    }

    /** The text of the message, or of its first text part. */
    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            Object content = part.getContent();
            return content instanceof String text ? text : null;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static List<String> addressedTo(MimeMessage message) throws MessagingException {
        List<String> addresses = new ArrayList<>();
        for (String header : RECIPIENT_HEADERS) {
            String[] values = message.getHeader(header);
            if (values != null) {
                for (String value : values) {
                    addAddresses(addresses, value);
                }
            }
        }
        return addresses;
    }

    private static void addAddresses(List<String> addresses, String value) {
        if (value == null) {
            return;
        }
        try {
            for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                if (address.getAddress() != null) {
                    addresses.add(address.getAddress());
                }
            }
        } catch (AddressException unreadable) {
            addresses.add(bare(value));
        }
    }

    private static String first(InternetHeaders headers, String name) {
        String value = headers.getHeader(name, null);
        return value == null ? null : value.replaceAll("\\s+", " ").strip();
    }

    /** The value of a typed field ({@code rfc822; someone@example.org}, {@code smtp; 550 …}) without its type. */
    private static String typed(String value) {
        if (value == null) {
            return null;
        }
        int semicolon = value.indexOf(';');
        String text = (semicolon >= 0 ? value.substring(semicolon + 1) : value).strip();
        return text.isEmpty() ? null : text;
    }

    private static String statusCode(String status) {
        if (status == null) {
            return null;
        }
        Matcher code = STATUS.matcher(status);
        return code.find() ? code.group() : null;
    }

    private static String bare(String address) {
        if (address == null) {
            return null;
        }
        String text = address.strip();
        int open = text.indexOf('<');
        int close = text.indexOf('>', open + 1);
        return open >= 0 && close > open ? text.substring(open + 1, close).strip() : text;
    }

    private static String describe(MimeMessage message) throws MessagingException {
        String from = message.getHeader("From", null);
        String subject = message.getSubject();
        return "from: " + (from == null ? "" : from) + "; subject: " + (subject == null ? "" : subject);
    }
}
