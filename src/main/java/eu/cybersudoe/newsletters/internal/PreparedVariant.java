package eu.cybersudoe.newsletters.internal;

/**
 * A rendered variant with its MIME bytes, shared by all workers while the issue is sent.
 *
 * @param rendered the rendered texts
 * @param mime     the encoded message, for SMTP
 */
record PreparedVariant(RenderedVariant rendered, MimeTemplate mime) {
}
