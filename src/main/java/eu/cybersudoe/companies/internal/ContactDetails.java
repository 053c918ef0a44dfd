package eu.cybersudoe.companies.internal;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.Language;

/**
 * What can be said of a contact, as typed or imported.
 *
 * @param language the language the contact reads; null when not known, then the language of the
 *                 organisation's country is used (see {@link #orLanguageOf(Country)})
 */
public record ContactDetails(String firstName, String lastName, String job, String email, String phone, Language language) {

    /** These details, with the country's language when no language was given. */
    public ContactDetails orLanguageOf(Country country) {
        return language != null ? this : new ContactDetails(firstName, lastName, job, email, phone, country.language());
    }
}
