package eu.cybersudoe.shared.mail;

import org.springframework.mail.MailSendException;

/**
 * Sends the platform's e-mails: account confirmations, invitations, reminders, newsletters.
 * Every module sends through this interface, never through Jakarta Mail or an SMTP client of
 * its own, so that one place decides where mail goes.
 *
 * <p>Without an SMTP relay ({@code spring.mail.host}, environment variable {@code SMTP_HOST})
 * messages are written to the outbox folder, where network admins read them in the back
 * office ({@link Outbox}); nothing is silently lost in development. With a relay they are
 * sent through it.
 */
public interface Mailer {

    /**
     * Sends one message, or writes it to the outbox, before returning.
     *
     * @throws MailSendException when the message could not be handed over; it was not sent then
     */
    void send(OutgoingMail mail);

    /**
     * Sends one message like {@link #send} and returns the {@code Message-ID} it was given, or
     * null when this mailer does not know it.
     *
     * @throws MailSendException when the message could not be handed over; it was not sent then
     */
    default String sendIdentified(OutgoingMail mail) {
        send(mail);
        return null;
    }
}
