package eu.cybersudoe.newsletters.internal;

/**
 * One recipient's copy of an issue, ready to go.
 *
 * @param variant   the issue rendered in the recipient's language
 * @param email     the recipient's address
 * @param recipient the personal parts
 * @param messageId the Message-ID it is given
 */
record Letter(PreparedVariant variant, String email, Slots.Recipient recipient, String messageId) {
}
