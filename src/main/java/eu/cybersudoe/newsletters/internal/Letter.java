package eu.cybersudoe.newsletters.internal;

/**
 * One recipient's copy of an issue, ready to go.
 *
 * @param variant    the issue rendered in the recipient's language
 * @param email      the recipient's address
 * @param recipient  the personal parts
 * @param messageId  the Message-ID it is given
 * @param returnPath its envelope sender ({@link ReturnPaths}), or null for the relay's default
 */
record Letter(PreparedVariant variant, String email, Slots.Recipient recipient, String messageId, String returnPath) {

    /** A copy sent with the relay's default envelope sender (a test message). */
    Letter(PreparedVariant variant, String email, Slots.Recipient recipient, String messageId) {
        this(variant, email, recipient, messageId, null);
    }
}
