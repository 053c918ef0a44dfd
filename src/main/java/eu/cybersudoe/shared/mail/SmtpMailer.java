package eu.cybersudoe.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The {@link Mailer} with an SMTP relay (Postfix in production): the messages go through one
 * connection, opened at the first message and kept for the next ones, so a batch does not pay
 * for a TCP and TLS handshake per message. Sending is serialised on that connection.
 *
 * <p>A connection left idle for a while is checked (SMTP {@code NOOP}) before it is used
 * again. When the relay has closed it anyway, the message is sent once more over a new
 * connection; a message the relay refuses is not retried. The connection is closed when the
 * application stops.
 *
 * <p>The relay and its settings are Spring Boot's {@code spring.mail.*}, read from its mail
 * sender; the sockets have {@code TCP_NODELAY} on ({@link NoDelaySocketFactory}).
 */
class SmtpMailer implements Mailer, DisposableBean {

    /** How long a connection may stay idle before it is checked before use. */
    static final Duration IDLE_CHECK = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);

    private final MailComposer composer;
    private final Session session;
    private final NoDelaySocketFactory sockets = new NoDelaySocketFactory();
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final String protocol;
    private final long idleCheckNanos;
    private final ReentrantLock lock = new ReentrantLock();

    private Transport transport;
    private long lastUsed;

    SmtpMailer(JavaMailSenderImpl relay, MailComposer composer) {
        this(relay, composer, IDLE_CHECK);
    }

    SmtpMailer(JavaMailSenderImpl relay, MailComposer composer, Duration idleCheck) {
        this.composer = composer;
        this.host = relay.getHost();
        this.port = relay.getPort();
        this.username = emptyToNull(relay.getUsername());
        this.password = username == null ? null : emptyToNull(relay.getPassword());
        this.protocol = relay.getProtocol() == null ? "smtp" : relay.getProtocol();
        this.idleCheckNanos = idleCheck.toNanos();
        this.session = Session.getInstance(sessionProperties(relay.getJavaMailProperties()));
    }

    private Properties sessionProperties(Properties configured) {
        Properties properties = new Properties();
        String prefix = "mail." + protocol + ".";
        properties.setProperty(prefix + "connectiontimeout", "10000");
        properties.setProperty(prefix + "timeout", "30000");
        properties.putAll(configured);
        properties.putIfAbsent(prefix + "socketFactory", sockets);
        return properties;
    }

    @Override
    public void send(OutgoingMail mail) {
        sendIdentified(mail);
    }

    @Override
    public String sendIdentified(OutgoingMail mail) {
        MimeMessage message;
        try {
            message = composer.compose(session, mail);
        } catch (MessagingException e) {
            throw new MailSendException("Cannot build the " + mail.category() + " message", e);
        }
        lock.lock();
        try {
            deliver(message);
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new MailSendException("The SMTP relay " + host + " did not take the " + mail.category() + " message", e);
        } finally {
            lock.unlock();
        }
    }

    private void deliver(MimeMessage message) throws MessagingException {
        boolean reused = transport != null;
        Transport current = connected();
        try {
            current.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException failure) {
            if (current.isConnected()) {
                throw failure;
            }
            close();
            if (!reused) {
                throw failure;
            }
            log.info("The SMTP relay {} had closed the connection; sending again over a new one", host);
            connected().sendMessage(message, message.getAllRecipients());
        }
        lastUsed = System.nanoTime();
    }

    /** The open connection, checked when it has been idle, or a new one. */
    private Transport connected() throws MessagingException {
        if (transport != null && System.nanoTime() - lastUsed > idleCheckNanos && !transport.isConnected()) {
            close();
        }
        if (transport == null) {
            Transport fresh = session.getTransport(protocol);
            fresh.connect(host, port, username, password);
            transport = fresh;
            lastUsed = System.nanoTime();
        }
        return transport;
    }

    /** How many connections to the relay were opened so far. */
    int connections() {
        return sockets.created();
    }

    /** Whether a connection to the relay is open now (without asking the relay). */
    boolean holdsConnection() {
        lock.lock();
        try {
            return transport != null;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void destroy() {
        lock.lock();
        try {
            close();
        } finally {
            lock.unlock();
        }
    }

    private void close() {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            log.debug("Closing the SMTP connection to {} failed: {}", host, e.toString());
        } finally {
            transport = null;
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
