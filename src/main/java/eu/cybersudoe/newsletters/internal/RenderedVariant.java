package eu.cybersudoe.newsletters.internal;

import eu.cybersudoe.shared.Language;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * An issue rendered once for a language (and country, for the events block): subject, HTML and
 * text with {@link Slots} where the recipient's personal parts go.
 *
 * @param issueId        the issue
 * @param number         its number
 * @param language       the variant's language
 * @param subject        the subject line
 * @param html           the HTML body, with slots
 * @param text           the text body, with slots
 * @param greetingNamed  the greeting with {@code {0}} for the first name
 * @param greetingPlain  the greeting without a name
 */
record RenderedVariant(long issueId, int number, Language language, String subject, String html, String text,
                       String greetingNamed, String greetingPlain) {

    /** The personal parts for one recipient. */
    Slots.Recipient recipient(String email, String firstName, UnsubscribeLinks.Urls unsubscribe) {
        String greeting = firstName == null || firstName.isBlank() ? greetingPlain
                : new MessageFormat(greetingNamed, Locale.ROOT).format(new Object[] {firstName.strip()});
        return new Slots.Recipient(email, greeting, unsubscribe);
    }

    String htmlFor(Slots.Recipient recipient) {
        return Slots.fill(html, recipient, true);
    }

    String textFor(Slots.Recipient recipient) {
        return Slots.fill(text, recipient, false);
    }
}
