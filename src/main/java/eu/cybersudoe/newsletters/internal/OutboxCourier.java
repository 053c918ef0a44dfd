package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.mail.Mailer;
import eu.cybersudoe.shared.mail.OutgoingMail;
import org.springframework.mail.MailException;

/**
 * The courier while no SMTP relay is configured: each copy goes through the platform's
 * {@link Mailer}, which writes it to the outbox, so that an issue can be tried end to end on a
 * workstation. The Message-ID recorded is the one the outbox file carries.
 */
final class OutboxCourier implements Courier {

    private final Mailer mailer;

    OutboxCourier(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public Outcome send(Letter letter) {
        RenderedVariant rendered = letter.variant().rendered();
        OutgoingMail mail = OutgoingMail.of(letter.email(), rendered.subject(), rendered.textFor(letter.recipient()),
                        rendered.language(), MimeTemplate.CATEGORY)
                .withHtml(rendered.htmlFor(letter.recipient()))
                .withHeader(MimeTemplate.LIST_UNSUBSCRIBE, letter.recipient().unsubscribe().listUnsubscribe())
                .withHeader(MimeTemplate.ONE_CLICK, MimeTemplate.ONE_CLICK_VALUE);
        try {
            String id = mailer.sendIdentified(mail);
            return new Outcome.Delivered(id == null ? letter.messageId() : id);
        } catch (MailException e) {
            return new Outcome.Deferred(e.getMessage(), -1, true);
        }
    }

    @Override
    public void close() {
        // nothing held
    }
}
