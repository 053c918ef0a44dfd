package eu.cybersudoe.companies;

import eu.cybersudoe.shared.Language;

/**
 * A contact that may be written to, as an audience (newsletter, invitation) needs it.
 *
 * @param contactId the contact
 * @param company   its organisation
 * @param email     its e-mail address
 * @param firstName its first name, or null
 * @param language  the language to write in
 * @param country   the organisation's country code
 * @param region    the organisation's NUTS 2 region, or null when not known
 */
public record AudienceContact(long contactId, CompanyId company, String email, String firstName, Language language,
                              String country, String region) {
}
