/**
 * E-mail: {@link eu.cybersudoe.shared.mail.Mailer} sends an
 * {@link eu.cybersudoe.shared.mail.OutgoingMail} through an SMTP relay, or writes it to the
 * outbox folder when none is configured; {@link eu.cybersudoe.shared.mail.Outbox} reads that
 * folder back for the back office.
 */
package eu.cybersudoe.shared.mail;
