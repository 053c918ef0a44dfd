package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.shared.Language;

/** The person registering, as typed. */
public record Person(String firstName, String lastName, String job, String email, String phone, Language language) {
}
