package eu.cybersudoe.companies.demo;

import eu.cybersudoe.shared.Language;

/**
 * A generated person at an organisation, with the consents to record for them.
 *
 * @param newsletterConsent whether they agreed to receive the newsletter
 * @param invitationConsent whether they agreed to receive event invitations
 */
public record GeneratedContact(String firstName, String lastName, String job, String email, String phone,
                               Language language, boolean newsletterConsent, boolean invitationConsent) {

    /** What the consents' evidence says they come from. */
    public static final String CONSENT_SOURCE = "demo";
}
