package eu.cybersudoe.newsletters.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Date;

/**
 * A courier with one persistent SMTP connection to the relay (Jakarta Mail, TCP_NODELAY on the
 * socket): opened at the first message, kept for the next ones, checked when it has been idle,
 * opened again when it broke. The relay's reply decides the outcome: 2xx delivered, 4xx deferred,
 * 5xx failed; a connection that breaks while a message is handed over leaves it uncertain.
 */
final class SmtpCourier implements Courier {

    private static final long IDLE_CHECK_NANOS = 10_000_000_000L;

    private final SmtpRelay relay;
    private final Session session;
    private final Clock clock;
    private final ByteArrayOutputStream buffer = new ExposedBuffer(64 * 1024);
    /** The plain connection's own output, when the relay is reached without TLS; else null. */
    private java.io.OutputStream direct;
    private final jakarta.mail.internet.MailDateFormat dates = new jakarta.mail.internet.MailDateFormat();

    private Transport transport;
    private long lastUsed;
    private long dateSecond = -1;
    private String dateText;

    SmtpCourier(SmtpRelay relay, Clock clock) {
        this.relay = relay;
        this.session = relay.newSession();
        this.clock = clock;
    }

    @Override
    public Outcome send(Letter letter) {
        InternetAddress to;
        try {
            to = new InternetAddress(letter.email(), true);
        } catch (AddressException e) {
            return new Outcome.Failed("not an address: " + e.getMessage(), -1);
        }
        try {
            connected();
        } catch (MessagingException e) {
            close();
            return new Outcome.Deferred("no connection to the relay: " + e.getMessage(), -1, true);
        }
        buffer.reset();
        try {
            letter.variant().mime().writeTo(buffer, to.getAddress(), letter.messageId(), date(), letter.recipient(),
                    direct != null);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write to memory", e);
        }
        ExposedBuffer bytes = (ExposedBuffer) buffer;
        try {
            transport.sendMessage(new PreparedMessage(session, bytes.array(), bytes.size(), letter.returnPath(), direct),
                    new InternetAddress[] {to});
            lastUsed = System.nanoTime();
            return new Outcome.Delivered(letter.messageId());
        } catch (MessagingException e) {
            return refused(e);
        }
    }

    private Outcome refused(MessagingException e) {
        int code = replyCode(e);
        String reply = shorten(e.getMessage());
        boolean closed = code >= 400 && code < 600 && !transport.isConnected();
        if (closed) {
            close();
        }
        if (code >= 400 && code < 500) {
            return new Outcome.Deferred(code + " " + reply, code, closed || code == 421);
        }
        if (code >= 500 && code < 600) {
            return new Outcome.Failed(code + " " + reply, code);
        }
        close();
        return new Outcome.Uncertain(reply);
    }

    /** The relay's reply code carried by the exception or one it wraps, or -1 when the connection failed. */
    static int replyCode(Exception e) {
        int fallback = -1;
        Exception current = e;
        while (current != null) {
            if (current instanceof SMTPAddressFailedException address) {
                return address.getReturnCode();
            }
            if (current instanceof SMTPSenderFailedException sender) {
                return sender.getReturnCode();
            }
            if (current instanceof SMTPSendFailedException send && fallback < 0) {
                fallback = send.getReturnCode();
            }
            current = current instanceof MessagingException messaging ? messaging.getNextException() : null;
        }
        return fallback;
    }

    /** The Date header's value, formatted once a second. */
    private String date() {
        long second = clock.millis() / 1000;
        if (second != dateSecond) {
            dateSecond = second;
            dateText = dates.format(new Date(second * 1000));
        }
        return dateText;
    }

    private void connected() throws MessagingException {
        if (transport != null && System.nanoTime() - lastUsed > IDLE_CHECK_NANOS && !transport.isConnected()) {
            close();
        }
        if (transport == null) {
            Transport fresh = session.getTransport(relay.protocol());
            relay.connect(fresh);
            transport = fresh;
            direct = directOutput();
            lastUsed = System.nanoTime();
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way
            } finally {
                transport = null;
                direct = null;
            }
        }
    }

    private java.io.OutputStream directOutput() {
        java.net.Socket socket = relay.plain() ? relay.lastSocket() : null;
        try {
            return socket == null || socket.isClosed() ? null : socket.getOutputStream();
        } catch (IOException unavailable) {
            return null;
        }
    }

    private static String shorten(String message) {
        String text = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        return text.length() > 250 ? text.substring(0, 250) : text;
    }

    /** A buffer whose array is read without a copy. */
    private static final class ExposedBuffer extends ByteArrayOutputStream {
        ExposedBuffer(int size) {
            super(size);
        }

        byte[] array() {
            return buf;
        }
    }
}
