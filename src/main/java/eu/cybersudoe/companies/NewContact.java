package eu.cybersudoe.companies;

import eu.cybersudoe.shared.Language;

/**
 * A person handed to the registry by another module (a conference registration, a walk-in),
 * before it is stored as a contact of an organisation.
 *
 * @param firstName their first name, or null
 * @param lastName  their last name
 * @param job       their job, or null
 * @param email     their e-mail address
 * @param phone     their phone number, or null
 * @param language  the language to write to them in
 */
public record NewContact(String firstName, String lastName, String job, String email, String phone, Language language) {

    public NewContact {
        language = language == null ? Language.DEFAULT : language;
    }
}
