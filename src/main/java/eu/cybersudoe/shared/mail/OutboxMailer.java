package eu.cybersudoe.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;

/**
 * The {@link Mailer} while no SMTP relay is configured: each message is built exactly as it
 * would be sent and written to the outbox folder as an {@code .eml} file, which any mail
 * client opens and the back office lists.
 */
class OutboxMailer implements Mailer {

    private static final Logger log = LoggerFactory.getLogger(OutboxMailer.class);

    private final MailComposer composer;
    private final OutboxFolder outbox;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    OutboxMailer(MailComposer composer, OutboxFolder outbox, Clock clock) {
        this.composer = composer;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void send(OutgoingMail mail) {
        sendIdentified(mail);
    }

    @Override
    public String sendIdentified(OutgoingMail mail) {
        try {
            MimeMessage message = composer.compose(session, mail);
            Path file = outbox.write(message, clock.instant());
            log.info("No SMTP relay configured: {} message written to the outbox as {}", mail.category(), file);
            return message.getMessageID();
        } catch (MessagingException | IOException e) {
            throw new MailSendException("Cannot write the " + mail.category() + " message to the outbox", e);
        }
    }
}
