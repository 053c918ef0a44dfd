package eu.cybersudoe.companies.internal;

import eu.cybersudoe.shared.Language;

/** What can be said of a contact, as typed or imported. */
public record ContactDetails(String firstName, String lastName, String job, String email, String phone, Language language) {
}
