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
 * @param links          the tracked links of the HTML part by number ({@link Slots#link}), possibly none
 */
record RenderedVariant(long issueId, int number, Language language, String subject, String html, String text,
                       String greetingNamed, String greetingPlain, java.util.Map<Long, String> links) {

    RenderedVariant {
        links = java.util.Map.copyOf(links);
    }

    /** The personal parts for one recipient. */
    Slots.Recipient recipient(String email, String firstName, UnsubscribeLinks.Urls unsubscribe, Slots.Reading reading) {
        String greeting = firstName == null || firstName.isBlank() ? greetingPlain
                : new MessageFormat(greetingNamed, Locale.ROOT).format(new Object[] {firstName.strip()});
        return new Slots.Recipient(email, greeting, unsubscribe, reading, links);
    }

    String htmlFor(Slots.Recipient recipient) {
        return Slots.fill(html, recipient, true);
    }

    String textFor(Slots.Recipient recipient) {
        return Slots.fill(text, recipient, false);
    }
}
