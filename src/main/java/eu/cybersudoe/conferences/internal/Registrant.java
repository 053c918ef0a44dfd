package eu.cybersudoe.conferences.internal;

import eu.cybersudoe.companies.NewOrganisation;

/**
 * Someone registering with their company.
 *
 * @param company    the company as typed (found again by its national identifier when it has one)
 * @param person     the person
 * @param newsletter whether the person asked for the newsletter (a separate, unticked choice)
 */
public record Registrant(NewOrganisation company, Person person, boolean newsletter) {
}
